package mileage

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/problems"
)

// CreditEntry is one credit as written, before it is checked: the three columns of a credit
// file, or the fields of a JSON entry (amounts as written: "1,500" and 1500 both work).
type CreditEntry struct {
	Citizen, Amount, RecordID string
}

// ParseCreditEntries checks entries as ParseCredits checks a file's lines, saying the same of
// the same mistake, with every problem placed at its entry: "credits[2] amount". name is
// what the problems are reported against ("body" for a POST).
func ParseCreditEntries(name string, entries []CreditEntry) ([]Credit, error) {
	ps := &problems.List{File: name, Kind: ErrCreditFile}
	seen := map[uint64]string{}
	var out []Credit
	for i, e := range entries {
		if c, ok := checkEntry(ps, fmt.Sprintf("credits[%d]", i), e, seen); ok {
			out = append(out, c)
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no credits (want entries of: citizen address, amount, record ID)", name)
	}
	return out, nil
}

// checkEntry checks one credit written at where; seen holds where each record ID was first
// written, as one record is one credit.
func checkEntry(ps *problems.List, where string, e CreditEntry, seen map[uint64]string) (Credit, bool) {
	var (
		c   Credit
		err error
	)
	ok := true
	if c.Citizen, err = hexaddr.Parse(strings.TrimSpace(e.Citizen)); err != nil {
		ps.Add(where+" citizen", "%v", err)
		ok = false
	} else if c.Citizen == (common.Address{}) {
		ps.Add(where+" citizen", "the zero address cannot be credited")
		ok = false
	}
	if c.Amount, err = amount.Parse(strings.TrimSpace(e.Amount), 0); err != nil {
		ps.Add(where+" amount", "%v (whole S-Coin)", err)
		ok = false
	} else if c.Amount.Sign() <= 0 {
		ps.Add(where+" amount", "must be more than 0, got %s", e.Amount)
		ok = false
	} else if c.Amount.Cmp(MaxEpochAmount) > 0 {
		ps.Add(where+" amount", "%s is more than one credit can hold (%s)", e.Amount, amount.Format(MaxEpochAmount, 0))
		ok = false
	}
	if c.RecordID, err = ParseRecordID(e.RecordID); err != nil {
		ps.Add(where+" record ID", "%v", err)
		ok = false
	} else if first, dup := seen[c.RecordID]; dup {
		ps.Add(where+" record ID", "record %d is also on %s: one record is one credit", c.RecordID, first)
		ok = false
	} else {
		seen[c.RecordID] = where
	}
	return c, ok
}
