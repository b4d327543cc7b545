package deploy

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// ReadBook reads an address book: a JSON object of contract name to address. A missing file
// is an empty book.
func ReadBook(path string) (Addresses, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Addresses{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read address book %s: %w", path, err)
	}
	a := Addresses{}
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("read address book %s: %w (want {\"Name\": \"0x…\"})", path, err)
	}
	return a, nil
}

// WriteBook replaces the address book at path, whole or not at all.
func WriteBook(path string, a Addresses) error {
	data, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return fmt.Errorf("encode address book: %w", err)
	}
	return atomicfile.Write(path, append(data, '\n'), 0o644)
}
