package mileage

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/problems"
)

// MaxEpochAmount is the most one citizen can hold from one 30-day epoch, as the contract
// stores it (48 bits); a single credit above it is refused before sending.
var MaxEpochAmount = new(big.Int).SetUint64(1<<48 - 1)

// ErrCreditFile is what a credit file's *problems.FileError unwraps to.
var ErrCreditFile = errors.New("credit file has problems")

// Credit is one credit of a program to a citizen for the issuing system's record.
type Credit struct {
	Line     int // in the file it was read from; 0 otherwise
	Citizen  common.Address
	Amount   *big.Int
	RecordID uint64
}

// Entry is the credit as the contract's creditBatch takes it.
func (c Credit) Entry() scoin.SCoinCredit {
	return scoin.SCoinCredit{Citizen: c.Citizen, Amount: c.Amount, RecordId: c.RecordID}
}

// ReadCredits reads a credit file: CSV with the columns citizen address, amount (whole
// S-Coin, thousands separators allowed when quoted), record ID (the issuing system's record
// number, an unsigned integer); a header line is allowed. Every problem is reported with its
// line, and a record ID that appears twice is a problem: one record is one credit.
func ReadCredits(path string) ([]Credit, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read credit file %s: %w", path, err)
	}
	return ParseCredits(path, data)
}

// ParseCredits parses the contents of a credit file named name; see ReadCredits.
func ParseCredits(name string, data []byte) ([]Credit, error) {
	credits, _, err := parseCredits(name, data, false)
	return credits, err
}

// Repeat is a line of a credit file that repeats an earlier one exactly: the same
// citizen, amount and record ID.
type Repeat struct {
	Line, FirstLine int
	RecordID        uint64
}

// ReadCreditsSkippingRepeats reads a credit file as ReadCredits does, except that a line
// repeating an earlier line exactly is left out and returned, not a problem: a file
// exported twice over, say. A record ID repeated with another citizen or amount is still a
// problem, since which of the two is meant cannot be told.
func ReadCreditsSkippingRepeats(path string) ([]Credit, []Repeat, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read credit file %s: %w", path, err)
	}
	return parseCredits(path, data, true)
}

func parseCredits(name string, data []byte, skipRepeats bool) ([]Credit, []Repeat, error) {
	ps := &problems.List{File: name, Kind: ErrCreditFile}
	var repeats []Repeat
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.ReuseRecord = true
	var out []Credit
	seen := map[uint64]Credit{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		where := fmt.Sprintf("line %d", line)
		if err != nil {
			ps.Add(where, "%v", err)
			continue
		}
		if len(out) == 0 && ps.Len() == 0 && isHeader(rec) {
			continue
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		if len(rec) != 3 {
			ps.Add(where, "want 3 columns (citizen address, amount, record ID), got %d", len(rec))
			continue
		}
		c := Credit{Line: line}
		ok := true
		if c.Citizen, err = hexaddr.Parse(strings.TrimSpace(rec[0])); err != nil {
			ps.Add(where+" citizen", "%v", err)
			ok = false
		} else if c.Citizen == (common.Address{}) {
			ps.Add(where+" citizen", "the zero address cannot be credited")
			ok = false
		}
		if c.Amount, err = amount.Parse(strings.TrimSpace(rec[1]), 0); err != nil {
			ps.Add(where+" amount", "%v (whole S-Coin)", err)
			ok = false
		} else if c.Amount.Sign() <= 0 {
			ps.Add(where+" amount", "must be more than 0, got %s", rec[1])
			ok = false
		} else if c.Amount.Cmp(MaxEpochAmount) > 0 {
			ps.Add(where+" amount", "%s is more than one credit can hold (%s)", rec[1], amount.Format(MaxEpochAmount, 0))
			ok = false
		}
		if c.RecordID, err = ParseRecordID(rec[2]); err != nil {
			ps.Add(where+" record ID", "%v", err)
			ok = false
		} else if first, dup := seen[c.RecordID]; dup && ok && skipRepeats && first.Citizen == c.Citizen && first.Amount.Cmp(c.Amount) == 0 {
			repeats = append(repeats, Repeat{Line: line, FirstLine: first.Line, RecordID: c.RecordID})
			continue
		} else if dup {
			hint := " (a line repeated exactly is skipped with --skip-duplicates)"
			if skipRepeats || first.Citizen != c.Citizen || first.Amount == nil || c.Amount == nil || first.Amount.Cmp(c.Amount) != 0 {
				hint = ""
			}
			ps.Add(where+" record ID", "record %d is also on line %d: one record is one credit%s", c.RecordID, first.Line, hint)
			ok = false
		} else {
			seen[c.RecordID] = c
		}
		if ok {
			out = append(out, c)
		}
	}
	if err := ps.Err(); err != nil {
		return nil, nil, err
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("%s: no credits in the file (want lines of: citizen address, amount, record ID)", name)
	}
	return out, repeats, nil
}

// ParseRecordID parses an issuing system's record number.
func ParseRecordID(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("record ID %q is not an unsigned integer (the issuing system's record number)", s)
	}
	return v, nil
}

func isHeader(rec []string) bool {
	if len(rec) == 0 {
		return false
	}
	f := strings.ToLower(strings.TrimSpace(rec[0]))
	return f == "citizen" || f == "address" || f == "citizen address" || f == "citizen_address"
}

// Batches splits credits into batches of at most size, in file order.
func Batches(credits []Credit, size int) [][]Credit {
	if size <= 0 {
		size = len(credits)
	}
	var out [][]Credit
	for len(credits) > 0 {
		n := min(size, len(credits))
		out = append(out, credits[:n])
		credits = credits[n:]
	}
	return out
}

// Entries is a batch as the contract takes it.
func Entries(batch []Credit) []scoin.SCoinCredit {
	out := make([]scoin.SCoinCredit, len(batch))
	for i, c := range batch {
		out[i] = c.Entry()
	}
	return out
}
