package cmd

import (
	_ "embed"

	"github.com/spf13/cobra"
)

// articleSchema is the JSON Schema (draft 2020-12) of one article of the
// output, as parse/encode.go writes it.
//
//go:embed schema/dispatch.schema.json
var articleSchema []byte

func newSchemaCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the output",
		Long: `Schema prints the JSON Schema (draft 2020-12) of one article as dispatch
parse writes it, in YAML or JSON alike. Several inputs give a YAML stream,
a JSON array, or JSON Lines of such articles.`,
		Example: `  dispatch schema > dispatch.schema.json`,
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := io.out.Write(articleSchema)
			return err
		},
	}
}
