def get_pass(service, cmd):
    return b"secret"
