package genesis

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/seoulchain/seoulchain/internal/atomicfile"

	"github.com/ethereum/go-ethereum/core"
)

// Marshal encodes a genesis as geth's genesis JSON, indented.
func Marshal(g *core.Genesis) ([]byte, error) {
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode genesis: %w", err)
	}
	return append(data, '\n'), nil
}

// Write writes a genesis file atomically, so that an interrupted write never leaves half a
// genesis. It refuses a missing directory, and
// an existing file unless overwrite is set.
func Write(path string, g *core.Genesis, overwrite bool) error {
	data, err := Marshal(g)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("write genesis %s: %w: create %s first or choose another --out", path, ErrOutputDir, dir)
	}
	if _, err := os.Stat(path); err == nil && !overwrite {
		return fmt.Errorf("write genesis %s: %w: remove it or pass --force to replace it", path, ErrExists)
	}
	return atomicfile.Write(path, data, 0o644)
}

// Load reads a genesis file and checks it as Spec.Check would.
func Load(path string) (*core.Genesis, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read genesis %s: file not found (create one with: seoulchain genesis new)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("read genesis %s: %w", path, err)
	}
	g := new(core.Genesis)
	if err := json.Unmarshal(data, g); err != nil {
		return nil, fmt.Errorf("read genesis %s: not a valid genesis JSON: %w", path, err)
	}
	if _, err := SpecOf(g); err != nil {
		return nil, fmt.Errorf("genesis %s: %w", path, err)
	}
	return g, nil
}
