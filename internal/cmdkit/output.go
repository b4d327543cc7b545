package cmdkit

import (
	"bytes"
	"encoding/json"
	"errors"
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

// jsonKey in an app's Metadata holds the running command's *jsonOutput.
const jsonKey = "cmdkit.json"

// jsonOutput makes a --json command print exactly one JSON document, however many
// transactions it sends and whatever else it prints: what the command writes is held
// and, with the transactions, merged into one object when the command ends.
type jsonOutput struct {
	out     io.Writer
	held    bytes.Buffer
	txs     []*TxResult
	notes   []string
	flushed bool
}

// jsonCommand wraps a command's action for --json.
func jsonCommand(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) error {
		if !c.Bool(JSONFlag.Name) {
			return action(c)
		}
		o := &jsonOutput{out: c.App.Writer}
		c.App.Metadata[jsonKey] = o
		c.App.Writer = &o.held
		err := action(c)
		return errors.Join(err, o.flush(c))
	}
}

// FlushJSON prints a --json command's document now: a command that keeps running after
// reporting (devnet) calls it, the others leave it to the end of the command.
func FlushJSON(c *cli.Context) error {
	if o, ok := c.App.Metadata[jsonKey].(*jsonOutput); ok {
		return o.flush(c)
	}
	return nil
}

func (o *jsonOutput) flush(c *cli.Context) error {
	if o.flushed {
		return nil
	}
	o.flushed = true
	c.App.Writer = o.out
	var docs []any
	dec := json.NewDecoder(bytes.NewReader(o.held.Bytes()))
	dec.UseNumber()
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		if err != nil {
			// Not JSON: a command printed text in --json mode. Show it rather than lose it.
			o.out.Write(o.held.Bytes())
			if len(o.txs) > 0 {
				return PrintJSON(o.out, map[string]any{"transactions": o.txs})
			}
			return nil
		}
		docs = append(docs, v)
	}
	if len(o.txs) == 0 && len(o.notes) == 0 && len(docs) <= 1 {
		_, err := o.out.Write(o.held.Bytes())
		return err
	}
	merged := map[string]any{}
	var results []any
	for _, d := range docs {
		obj, ok := d.(map[string]any)
		if !ok || collides(merged, obj) {
			results = append(results, d)
			continue
		}
		for k, v := range obj {
			merged[k] = v
		}
	}
	if len(results) > 0 {
		merged["results"] = results
	}
	if len(o.notes) > 0 {
		merged["notes"] = o.notes
	}
	if len(o.txs) > 0 {
		merged["transactions"] = o.txs
		dry := true
		for _, t := range o.txs {
			dry = dry && t.DryRun
		}
		if dry {
			merged["dryRun"] = true
		}
	}
	return PrintJSON(o.out, merged)
}

func collides(a, b map[string]any) bool {
	for k := range b {
		if _, ok := a[k]; ok {
			return true
		}
	}
	return false
}

// PrintTx reports a transaction in --json mode: into the command's one document, or as
// a document of its own when the command runs outside NewApp's wrapping.
func PrintTx(c *cli.Context, res *TxResult) error {
	if o, ok := c.App.Metadata[jsonKey].(*jsonOutput); ok && !o.flushed {
		o.txs = append(o.txs, res)
		return nil
	}
	doc := map[string]any{"transactions": []*TxResult{res}}
	if res.DryRun {
		doc["dryRun"] = true
	}
	return PrintJSON(c.App.Writer, doc)
}

// Note tells the user something besides the command's result: a line of text, or in
// --json mode an entry of the document's "notes".
func Note(c *cli.Context, text string) error {
	if o, ok := c.App.Metadata[jsonKey].(*jsonOutput); ok && !o.flushed {
		o.notes = append(o.notes, text)
		return nil
	}
	_, err := fmt.Fprintln(c.App.Writer, text)
	return err
}

// CountJSON counts the JSON values in out; an error means out is not a JSON stream.
func CountJSON(out []byte) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(out))
	n := 0
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}
