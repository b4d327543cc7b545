// Package outcome is what the services' commands share to say what a command did: a send
// whose output leads with its result ("Created contract #1 …") rather than with the
// receipt, and counts with their nouns in agreement ("1 credit", "2 credits").
//
// It lives beside the services rather than in internal/cmdkit so that the services can
// use it now; it is small enough to move there as it is.
package outcome

import (
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// Plural is n followed by the noun in agreement with it: Plural(1, "credit", "credits")
// is "1 credit", Plural(2, …) "2 credits".
func Plural(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Word(n, one, many)
}

// Word is the word, noun or verb, in agreement with n: Word(1, "needs", "need") is "needs".
func Word(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Field returns the value of field in the receipt's first event named event.
func Field(r *txsend.Receipt, event, field string) (string, bool) {
	for _, ev := range r.Events {
		if ev.Name != event {
			continue
		}
		for _, f := range ev.Fields {
			if f.Name == field {
				return f.Value, true
			}
		}
	}
	return "", false
}

// Created is what a creating command made: the new ID, read from the receipt's event
// (Event's field IDField), and the line that leads its output, made from that ID.
type Created struct {
	Event, IDField string
	Line           func(id string) string
	// Then, if set, runs once the object exists, with its ID: keeping off-chain records
	// of it. Its error is a warning, not a failure: the object was created, and a script
	// that retried the command would create a second one.
	Then func(id string) error
}

// Send sends data to to as cmdkit.SendOrSimulate does (a dry run only simulates), but
// leads the output with the created object's line ("Created election #3 …") before the
// receipt; JSON output is the receipt with the new "id" beside its fields.
func Send(c *cli.Context, tc *cmdkit.Tx, to common.Address, data []byte, action string, made Created) error {
	if c.Bool(cmdkit.DryRunFlag.Name) {
		return cmdkit.SendOrSimulate(c, tc, to, data, action)
	}
	r, err := tc.Sender.Send(c.Context, txsend.Candidate{To: &to, Data: data})
	if err != nil {
		return cmdkit.ExplainRevert(err)
	}
	id, ok := Field(r, made.Event, made.IDField)
	if ok && made.Then != nil {
		if err := made.Then(id); err != nil {
			fmt.Fprintf(c.App.ErrWriter, "Warning: %v\n", err)
		}
	}
	if tc.G.JSON {
		out := struct {
			ID string `json:"id,omitempty"`
			*txsend.Receipt
		}{ID: id, Receipt: r}
		return cmdkit.PrintJSON(c.App.Writer, out)
	}
	w := c.App.Writer
	if ok {
		fmt.Fprintln(w, made.Line(id))
	} else {
		// The transaction succeeded but its event is not in the receipt (an ABI out of
		// date): say what was done, and the receipt shows the rest.
		fmt.Fprintf(w, "Done: %s (no %s event in the receipt to read the new ID from)\n", action, made.Event)
	}
	return cmdkit.PrintReceipt(w, r)
}
