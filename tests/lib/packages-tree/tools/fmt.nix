{ hello ? "none" }: "fmt after ${hello}"
