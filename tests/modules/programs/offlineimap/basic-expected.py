import subprocess

def get_pass(service, cmd):
    return subprocess.check_output(cmd, )
