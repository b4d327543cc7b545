package genesis

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/triedb"
)

var (
	signerA = common.HexToAddress("0x1000000000000000000000000000000000000001")
	signerB = common.HexToAddress("0x2000000000000000000000000000000000000002")
	staff   = common.HexToAddress("0x3000000000000000000000000000000000000003")
)

func validSpec() Spec {
	s := DefaultSpec()
	s.Timestamp = 1_700_000_000
	s.Signers = []common.Address{signerB, signerA}
	s.Alloc = []Alloc{{Address: staff, Balance: big.NewInt(1e18)}}
	return s
}

func TestCheckRefusals(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Spec)
		want   error
		text   string
	}{
		{"no signers", func(s *Spec) { s.Signers = nil }, ErrNoSigners, "--signer"},
		{"duplicate signer", func(s *Spec) { s.Signers = append(s.Signers, signerA) }, ErrDuplicateSigner, signerA.Hex()},
		{"zero-address signer", func(s *Spec) { s.Signers = append(s.Signers, common.Address{}) }, ErrBadAddress, "zero address"},
		{"period 0", func(s *Spec) { s.Period = 0 }, ErrZeroPeriod, "1 second"},
		{"epoch 0", func(s *Spec) { s.Epoch = 0 }, ErrZeroEpoch, "30000"},
		{"gas limit too low", func(s *Spec) { s.GasLimit = MinGasLimit - 1 }, ErrGasLimitTooLow, "7999999"},
		{"chain ID 0", func(s *Spec) { s.ChainID = 0 }, ErrChainID, "820001"},
		{"mainnet", func(s *Spec) { s.ChainID = 1 }, ErrPublicChainID, "Ethereum mainnet"},
		{"goerli", func(s *Spec) { s.ChainID = 5 }, ErrPublicChainID, "Goerli"},
		{"op mainnet", func(s *Spec) { s.ChainID = 10 }, ErrPublicChainID, "OP Mainnet"},
		{"bsc", func(s *Spec) { s.ChainID = 56 }, ErrPublicChainID, "BNB"},
		{"polygon", func(s *Spec) { s.ChainID = 137 }, ErrPublicChainID, "Polygon"},
		{"base", func(s *Spec) { s.ChainID = 8453 }, ErrPublicChainID, "Base"},
		{"arbitrum", func(s *Spec) { s.ChainID = 42161 }, ErrPublicChainID, "Arbitrum"},
		{"sepolia", func(s *Spec) { s.ChainID = 11155111 }, ErrPublicChainID, "Sepolia"},
		{"holesky", func(s *Spec) { s.ChainID = 17000 }, ErrPublicChainID, "Holesky"},
		{"duplicate alloc", func(s *Spec) { s.Alloc = append(s.Alloc, s.Alloc[0]) }, ErrBadAlloc, "more than once"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSpec()
			tt.modify(&s)
			err := s.Check()
			if !errors.Is(err, tt.want) {
				t.Fatalf("Check() = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q does not mention %q", err, tt.text)
			}
			if _, err := s.Genesis(); !errors.Is(err, tt.want) {
				t.Errorf("Genesis() = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCheckReportsEveryProblem(t *testing.T) {
	s := validSpec()
	s.Signers, s.Period, s.ChainID = nil, 0, 1
	err := s.Check()
	for _, want := range []error{ErrNoSigners, ErrZeroPeriod, ErrPublicChainID} {
		if !errors.Is(err, want) {
			t.Errorf("Check() = %v, missing %v", err, want)
		}
	}
}

func TestValidSpecPasses(t *testing.T) {
	s := validSpec()
	if err := s.Check(); err != nil {
		t.Fatalf("Check() = %v", err)
	}
}

func TestParseAddress(t *testing.T) {
	for _, bad := range []string{"", "0x12", "0x" + strings.Repeat("g", 40), strings.Repeat("1", 41), "0x" + strings.Repeat("1", 42)} {
		if _, err := ParseAddress(bad); !errors.Is(err, ErrBadAddress) {
			t.Errorf("ParseAddress(%q) = %v, want ErrBadAddress", bad, err)
		}
	}
	got, err := ParseAddress(" " + strings.ToLower(signerA.Hex()) + " ")
	if err != nil || got != signerA {
		t.Fatalf("ParseAddress = %v, %v; want %v", got, err, signerA)
	}
}

func TestParseAlloc(t *testing.T) {
	a, err := ParseAlloc(staff.Hex() + "=1,000.5")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := new(big.Int).SetString("1000500000000000000000", 10)
	if a.Address != staff || a.Balance.Cmp(want) != 0 {
		t.Fatalf("ParseAlloc = %v %v, want %v %v", a.Address, a.Balance, staff, want)
	}
	for _, bad := range []string{staff.Hex(), "0x12=5", staff.Hex() + "=-1", staff.Hex() + "=abc"} {
		if _, err := ParseAlloc(bad); !errors.Is(err, ErrBadAlloc) {
			t.Errorf("ParseAlloc(%q) = %v, want ErrBadAlloc", bad, err)
		}
	}
}

// TestRoundTripThroughGeth writes a genesis file and loads it the way `geth init` does:
// JSON into core.Genesis, then SetupGenesisBlock into a fresh database.
func TestRoundTripThroughGeth(t *testing.T) {
	spec := validSpec()
	g, err := spec.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "genesis.json")
	if err := Write(path, g, false); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	loaded := new(core.Genesis)
	if err := json.Unmarshal(data, loaded); err != nil {
		t.Fatalf("geth cannot decode the file: %v", err)
	}
	db := rawdb.NewMemoryDatabase()
	cfg, hash, err := core.SetupGenesisBlock(db, triedb.NewDatabase(db, nil), loaded)
	if err != nil {
		t.Fatalf("SetupGenesisBlock: %v", err)
	}
	if want := g.ToBlock().Hash(); hash != want {
		t.Fatalf("genesis hash %x, want %x", hash, want)
	}
	if cfg.Clique == nil || cfg.Clique.Period != spec.Period || cfg.Clique.Epoch != spec.Epoch {
		t.Fatalf("clique config %+v, want period %d epoch %d", cfg.Clique, spec.Period, spec.Epoch)
	}
	if cfg.ShanghaiTime != nil || cfg.CancunTime != nil || cfg.IsLondon(big.NewInt(0)) == false {
		t.Fatalf("fork schedule %v: want London at 0 and nothing after", cfg)
	}

	back, err := SpecOf(loaded)
	if err != nil {
		t.Fatal(err)
	}
	if back.ChainID != spec.ChainID || back.GasLimit != spec.GasLimit || len(back.Signers) != 2 ||
		back.Signers[0] != signerA || back.Signers[1] != signerB {
		t.Fatalf("SpecOf = %+v; want signers sorted [%v %v]", back, signerA, signerB)
	}
	if len(back.Alloc) != 1 || back.Alloc[0].Balance.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("alloc = %+v", back.Alloc)
	}
	if _, err := Load(path); err != nil {
		t.Fatalf("Load: %v", err)
	}
}

func TestWriteRefusals(t *testing.T) {
	spec := validSpec()
	g, err := spec.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Write(filepath.Join(dir, "missing", "genesis.json"), g, false); !errors.Is(err, ErrOutputDir) {
		t.Fatalf("Write into a missing directory = %v, want ErrOutputDir", err)
	}
	path := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, g, false); !errors.Is(err, ErrExists) {
		t.Fatalf("Write over a file = %v, want ErrExists", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "keep me" {
		t.Fatalf("refused write changed the file: %q", data)
	}
	if err := Write(path, g, true); err != nil {
		t.Fatalf("Write with overwrite: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestLoadRefusesPostLondonAndBadFiles(t *testing.T) {
	spec := validSpec()
	g, err := spec.Genesis()
	if err != nil {
		t.Fatal(err)
	}
	shanghai := uint64(0)
	g.Config.ShanghaiTime = &shanghai
	dir := t.TempDir()
	path := filepath.Join(dir, "shanghai.json")
	if err := Write(path, g, false); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); !errors.Is(err, ErrNotClique) {
		t.Fatalf("Load(shanghai) = %v, want ErrNotClique", err)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "not a valid genesis JSON") {
		t.Fatalf("Load(bad JSON) = %v", err)
	}
	if _, err := Load(filepath.Join(dir, "none.json")); err == nil || !strings.Contains(err.Error(), "seoulchain genesis new") {
		t.Fatalf("Load(missing) = %v", err)
	}
}

func TestLoadSpec(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "spec.json")
	os.WriteFile(path, []byte(`{"chainId": 777001, "period": 2, "signers": ["`+signerA.Hex()+`"], "alloc": {"`+staff.Hex()+`": "5"}}`), 0o644)
	s, err := LoadSpec(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.ChainID != 777001 || s.Period != 2 || s.Epoch != DefaultEpoch || s.GasLimit != DefaultGasLimit ||
		len(s.Signers) != 1 || len(s.Alloc) != 1 || s.Alloc[0].Balance.Cmp(new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))) != 0 {
		t.Fatalf("LoadSpec = %+v", s)
	}
	os.WriteFile(path, []byte(`{"chain_id": 5}`), 0o644)
	if _, err := LoadSpec(path); err == nil || !strings.Contains(err.Error(), "unknown field") {
		t.Fatalf("LoadSpec(misspelt key) = %v, want unknown field", err)
	}
}
