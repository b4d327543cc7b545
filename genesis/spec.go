package genesis

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

const (
	// DefaultPeriod is the block period in seconds.
	DefaultPeriod = 1
	// DefaultEpoch is Clique's checkpoint interval in blocks; pending votes are dropped at
	// each checkpoint. 30000 is geth's own default.
	DefaultEpoch = 30000
	// DefaultGasLimit leaves room for several S-Coin batch credits of 500 new citizens
	// (about 32,000 gas each, 16M a batch; `make bench`) in one block.
	DefaultGasLimit = 100_000_000
	// MinGasLimit is enough to deploy one contract at the EIP-170 code size limit
	// (24,576 bytes at 200 gas each, its init code as calldata, and the creation cost)
	// with room for the constructor.
	MinGasLimit = 8_000_000
	// DefaultChainID is the devnet's chain ID; it is not used by any public network.
	DefaultChainID = 820_001
)

// extraVanity and extraSeal frame the signer list in a Clique genesis's extraData.
const (
	extraVanity = 32
	extraSeal   = 65
)

// Spec is what a city decides about its chain before block 0.
type Spec struct {
	ChainID   uint64           `json:"chainId"`
	Period    uint64           `json:"period"`
	Epoch     uint64           `json:"epoch"`
	GasLimit  uint64           `json:"gasLimit"`
	Timestamp uint64           `json:"timestamp,omitempty"` // 0: now, when Genesis is called
	Signers   []common.Address `json:"signers"`
	Alloc     []Alloc          `json:"alloc,omitempty"`
}

// Alloc is a prefunded account. Balance is in wei.
type Alloc struct {
	Address common.Address
	Balance *big.Int
}

// DefaultSpec returns a spec with every default set and no signers.
func DefaultSpec() Spec {
	return Spec{ChainID: DefaultChainID, Period: DefaultPeriod, Epoch: DefaultEpoch, GasLimit: DefaultGasLimit}
}

// ParseAddress reads an address strictly (see hexaddr.Parse).
func ParseAddress(s string) (common.Address, error) { return hexaddr.Parse(s) }

// ParseAlloc reads ADDRESS=AMOUNT, the amount in ether as a decimal ("1000", "0.5").
func ParseAlloc(s string) (Alloc, error) {
	addr, amt, ok := strings.Cut(s, "=")
	if !ok {
		return Alloc{}, fmt.Errorf("%w: %q (want ADDRESS=AMOUNT, the amount in ether)", ErrBadAlloc, s)
	}
	a, err := ParseAddress(addr)
	if err != nil {
		return Alloc{}, fmt.Errorf("%w: %q: %w", ErrBadAlloc, s, err)
	}
	wei, err := amount.Parse(amt, amount.Ether)
	if err != nil {
		return Alloc{}, fmt.Errorf("%w: %q: %w", ErrBadAlloc, s, err)
	}
	return Alloc{Address: a, Balance: wei}, nil
}

// Check reports every problem of the spec at once, joined, each wrapping its sentinel
// error and saying how to fix it.
func (s *Spec) Check() error {
	var errs []error
	switch name, public := PublicNetwork(s.ChainID); {
	case s.ChainID == 0:
		errs = append(errs, fmt.Errorf("%w: choose a chain ID no public network uses (for example %d)", ErrChainID, DefaultChainID))
	case public:
		errs = append(errs, fmt.Errorf("%w: %d is %s; choose another, for example %d", ErrPublicChainID, s.ChainID, name, DefaultChainID))
	}
	if s.Period == 0 {
		errs = append(errs, fmt.Errorf("%w: set it to 1 second or more", ErrZeroPeriod))
	}
	if s.Epoch == 0 {
		errs = append(errs, fmt.Errorf("%w: set it to a positive number of blocks, for example %d", ErrZeroEpoch, DefaultEpoch))
	}
	if s.GasLimit < MinGasLimit {
		errs = append(errs, fmt.Errorf("%w: %d is below %d, the gas of one contract deployment at the size limit; use at least that (default %d)", ErrGasLimitTooLow, s.GasLimit, MinGasLimit, DefaultGasLimit))
	}
	if len(s.Signers) == 0 {
		errs = append(errs, fmt.Errorf("%w: name at least one signer address (--signer), one per city agency that seals blocks", ErrNoSigners))
	}
	seen := make(map[common.Address]bool)
	for _, signer := range s.Signers {
		if signer == (common.Address{}) {
			errs = append(errs, fmt.Errorf("%w: the zero address cannot sign blocks", ErrBadAddress))
		}
		if seen[signer] {
			errs = append(errs, fmt.Errorf("%w: %s is listed more than once; list each signer once", ErrDuplicateSigner, signer))
		}
		seen[signer] = true
	}
	funded := make(map[common.Address]bool)
	for _, a := range s.Alloc {
		if a.Balance == nil || a.Balance.Sign() < 0 {
			errs = append(errs, fmt.Errorf("%w: %s has no balance", ErrBadAlloc, a.Address))
		}
		if funded[a.Address] {
			errs = append(errs, fmt.Errorf("%w: %s is prefunded more than once; give one amount", ErrBadAlloc, a.Address))
		}
		funded[a.Address] = true
	}
	return errors.Join(errs...)
}

// ChainConfig returns the fork schedule of a seoulchain network: every fork up to London
// at block 0, none after, Clique with the spec's period and epoch.
func (s *Spec) ChainConfig() *params.ChainConfig {
	zero := big.NewInt(0)
	return &params.ChainConfig{
		ChainID:             new(big.Int).SetUint64(s.ChainID),
		HomesteadBlock:      zero,
		EIP150Block:         zero,
		EIP155Block:         zero,
		EIP158Block:         zero,
		ByzantiumBlock:      zero,
		ConstantinopleBlock: zero,
		PetersburgBlock:     zero,
		IstanbulBlock:       zero,
		MuirGlacierBlock:    zero,
		BerlinBlock:         zero,
		LondonBlock:         zero,
		Clique:              &params.CliqueConfig{Period: s.Period, Epoch: s.Epoch},
	}
}

// Genesis checks the spec and builds the genesis block description. Signers are written
// into extraData in ascending order, as Clique keeps them.
func (s *Spec) Genesis() (*core.Genesis, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	signers := append([]common.Address(nil), s.Signers...)
	sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
	extra := make([]byte, extraVanity, extraVanity+len(signers)*common.AddressLength+extraSeal)
	for _, signer := range signers {
		extra = append(extra, signer[:]...)
	}
	extra = append(extra, make([]byte, extraSeal)...)

	alloc := make(types.GenesisAlloc, len(s.Alloc))
	for _, a := range s.Alloc {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(a.Balance)}
	}
	ts := s.Timestamp
	if ts == 0 {
		ts = uint64(time.Now().Unix())
	}
	return &core.Genesis{
		Config:     s.ChainConfig(),
		Timestamp:  ts,
		ExtraData:  extra,
		GasLimit:   s.GasLimit,
		Difficulty: big.NewInt(1),
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Alloc:      alloc,
	}, nil
}

// SpecOf reads the spec back out of a genesis, refusing one that is not a Clique chain
// limited to London.
func SpecOf(g *core.Genesis) (Spec, error) {
	c := g.Config
	if c == nil || c.ChainID == nil || c.Clique == nil {
		return Spec{}, fmt.Errorf("%w: the config has no chainId or no clique section", ErrNotClique)
	}
	if c.ShanghaiTime != nil || c.CancunTime != nil || c.PragueTime != nil || c.VerkleTime != nil || c.TerminalTotalDifficulty != nil {
		return Spec{}, fmt.Errorf("%w: it schedules the merge, Shanghai or a later fork, which geth's Clique cannot run; remove those keys", ErrNotClique)
	}
	if c.LondonBlock == nil || c.LondonBlock.Sign() != 0 {
		return Spec{}, fmt.Errorf("%w: London must be active from block 0 (londonBlock: 0)", ErrNotClique)
	}
	if !c.ChainID.IsUint64() {
		return Spec{}, fmt.Errorf("%w: chain ID %s does not fit 64 bits", ErrNotClique, c.ChainID)
	}
	spec := Spec{ChainID: c.ChainID.Uint64(), Period: c.Clique.Period, Epoch: c.Clique.Epoch, GasLimit: g.GasLimit, Timestamp: g.Timestamp}
	n := len(g.ExtraData) - extraVanity - extraSeal
	if n < 0 || n%common.AddressLength != 0 {
		return Spec{}, fmt.Errorf("%w: extraData is %d bytes; Clique wants 32 vanity bytes, 20 per signer and 65 seal bytes", ErrNotClique, len(g.ExtraData))
	}
	for i := 0; i < n/common.AddressLength; i++ {
		spec.Signers = append(spec.Signers, common.BytesToAddress(g.ExtraData[extraVanity+i*common.AddressLength:extraVanity+(i+1)*common.AddressLength]))
	}
	for addr, acct := range g.Alloc {
		spec.Alloc = append(spec.Alloc, Alloc{Address: addr, Balance: acct.Balance})
	}
	sort.Slice(spec.Alloc, func(i, j int) bool { return bytes.Compare(spec.Alloc[i].Address[:], spec.Alloc[j].Address[:]) < 0 })
	return spec, spec.Check()
}
