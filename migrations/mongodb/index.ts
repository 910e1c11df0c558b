// MongoDB needs no schema migrations for the current collections; data migrations go here.
export const migrations = []
