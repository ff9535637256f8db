echo login
