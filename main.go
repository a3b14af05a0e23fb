// Command dispatch turns news dispatches into structured YAML or JSON.
package main

import (
	"os"

	"github.com/dispatch-tools/dispatch/cmd"
)

func main() { os.Exit(cmd.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
