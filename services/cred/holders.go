package cred

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

// HolderRow is one row of an issuing CSV: a holder and the facts to attest.
type HolderRow struct {
	Line   int
	Holder common.Address
	Values map[string]string
}

// ErrHolderFile is returned for a CSV of holders with problems; every problem is listed.
var ErrHolderFile = errors.New("holder file has problems")

// ReadHolders reads a CSV whose header is "holder" and then the field names.
func ReadHolders(path string) ([]HolderRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read holders: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: no header row (holder,FIELD,...): %w", ErrHolderFile, path, err)
	}
	if len(header) < 2 || strings.TrimSpace(header[0]) != "holder" {
		return nil, fmt.Errorf("%w: %s:1: the header must be holder,FIELD,... (got %s)", ErrHolderFile, path, strings.Join(header, ","))
	}
	for _, h := range header[1:] {
		if !identifier.MatchString(h) {
			return nil, fmt.Errorf("%w: %s:1: field name %q: letters, digits and _", ErrHolderFile, path, h)
		}
	}
	var rows []HolderRow
	var problems []string
	seen := map[common.Address]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		a, err := hexaddr.Parse(strings.TrimSpace(rec[0]))
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: holder: %v", line, err))
			continue
		}
		if prev, dup := seen[a]; dup {
			problems = append(problems, fmt.Sprintf("line %d: holder %s already on line %d", line, a.Hex(), prev))
			continue
		}
		seen[a] = line
		values := map[string]string{}
		for i, h := range header[1:] {
			values[h] = rec[i+1]
		}
		rows = append(rows, HolderRow{Line: line, Holder: a, Values: values})
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s:\n  %s", ErrHolderFile, path, strings.Join(problems, "\n  "))
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%w: %s: no holders", ErrHolderFile, path)
	}
	return rows, nil
}
