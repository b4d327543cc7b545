package genesis

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// specFile is the JSON form of a Spec that people write by hand: amounts in ether as
// decimal strings, keyed by address. Missing numbers take the defaults.
type specFile struct {
	ChainID   *uint64           `json:"chainId"`
	Period    *uint64           `json:"period"`
	Epoch     *uint64           `json:"epoch"`
	GasLimit  *uint64           `json:"gasLimit"`
	Timestamp uint64            `json:"timestamp"`
	Signers   []string          `json:"signers"`
	Alloc     map[string]string `json:"alloc"`
}

// LoadSpec reads a spec file, for example
//
//	{"chainId": 820001, "period": 1, "signers": ["0x…", "0x…"], "alloc": {"0x…": "1000"}}
//
// Unknown keys are refused, so a misspelt key is not silently ignored. The result is not
// yet checked: flags may still override it.
func LoadSpec(path string) (Spec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Spec{}, fmt.Errorf("read spec %s: %w", path, err)
	}
	var f specFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Spec{}, fmt.Errorf("read spec %s: %w (keys: chainId, period, epoch, gasLimit, timestamp, signers, alloc)", path, err)
	}
	spec := DefaultSpec()
	for dst, src := range map[*uint64]*uint64{&spec.ChainID: f.ChainID, &spec.Period: f.Period, &spec.Epoch: f.Epoch, &spec.GasLimit: f.GasLimit} {
		if src != nil {
			*dst = *src
		}
	}
	spec.Timestamp = f.Timestamp
	for _, s := range f.Signers {
		a, err := ParseAddress(s)
		if err != nil {
			return Spec{}, fmt.Errorf("spec %s: signers: %w", path, err)
		}
		spec.Signers = append(spec.Signers, a)
	}
	addrs := make([]string, 0, len(f.Alloc))
	for a := range f.Alloc {
		addrs = append(addrs, a)
	}
	sort.Strings(addrs)
	for _, a := range addrs {
		alloc, err := ParseAlloc(a + "=" + f.Alloc[a])
		if err != nil {
			return Spec{}, fmt.Errorf("spec %s: alloc: %w", path, err)
		}
		spec.Alloc = append(spec.Alloc, alloc)
	}
	return spec, nil
}
