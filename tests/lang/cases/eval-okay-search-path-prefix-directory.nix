<hearth>
