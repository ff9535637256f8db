let g:commentary = 1
