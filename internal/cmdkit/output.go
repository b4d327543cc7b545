package cmdkit

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/txsend"
)

// PrintJSON writes v as indented JSON.
func PrintJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// Table writes aligned columns; the first row is the header.
type Table struct {
	rows [][]string
}

func (t *Table) Add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = fmt.Sprint(c)
	}
	t.rows = append(t.rows, row)
}

func (t *Table) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range t.rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// KeyValues writes "key: value" lines with the values aligned.
func KeyValues(w io.Writer, pairs ...[2]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	for _, p := range pairs {
		fmt.Fprintf(tw, "%s:\t%s\n", p[0], p[1])
	}
	return tw.Flush()
}

// FormatUint formats v in decimal.
func FormatUint(v uint64) string { return fmt.Sprintf("%d", v) }

// SortedKeys returns the keys of m in order.
func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// PrintReceipt is how every command reports a mined transaction.
func PrintReceipt(w io.Writer, r *txsend.Receipt) error {
	if err := KeyValues(w,
		[2]string{"  Transaction", r.TxHash.Hex()},
		[2]string{"  Block", fmt.Sprint(r.Block)},
		[2]string{"  Gas used", fmt.Sprint(r.GasUsed)},
	); err != nil {
		return err
	}
	for _, ev := range r.Events {
		fmt.Fprintf(w, "  Event %s at %s\n", ev.Name, ev.Address.Hex())
		for _, f := range ev.Fields {
			fmt.Fprintf(w, "    %s: %s\n", f.Name, f.Value)
		}
	}
	return nil
}

// NothingSent reports work found already done; a script retrying a command gets exit 0.
func NothingSent(c *cli.Context, g *Globals, what string, fields map[string]any) error {
	if g.JSON {
		fields["alreadyDone"] = true
		return PrintJSON(c.App.Writer, fields)
	}
	_, err := fmt.Fprintf(c.App.Writer, "%s. Nothing sent.\n", what)
	return err
}
