package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// CityCouncil is the address-book name of the council that administers every contract.
const CityCouncil = "CityCouncil"

// ErrBadCouncil is returned for a council file that cannot make a working council.
var ErrBadCouncil = errors.New("bad council")

// Council is a city council as the council file of `contracts deploy` describes it: k of
// n members approve an operation, which then waits DelaySeconds before anyone executes it.
type Council struct {
	// Members are the agency signers.
	Members []common.Address `json:"members"`
	// Threshold is the approvals an operation needs (k of len(Members)).
	Threshold uint64 `json:"threshold"`
	// DelaySeconds is the wait between the last needed approval and execution: 172800
	// (48 h) on mainnet settings, a few seconds on a devnet.
	DelaySeconds uint64 `json:"delaySeconds"`
	// Emergency are the keys that may pause the pausable contracts at once (and do nothing
	// else); unpausing goes through the council.
	Emergency []common.Address `json:"emergency,omitempty"`
	// Operators are the operational roles granted to agency keys at deployment: contract
	// name => role name (for example ISSUER_ROLE) => holders. Later grants go through the
	// council.
	Operators map[string]map[string][]common.Address `json:"operators,omitempty"`
}

// ReadCouncil reads and checks a council file (JSON).
func ReadCouncil(path string) (*Council, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read council file: %w", err)
	}
	var c Council
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadCouncil, path, err)
	}
	if err := c.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &c, nil
}

// Check reports every problem of the council: the contract would refuse most of them, but
// only after the services were deployed.
func (c *Council) Check() error {
	var errs []error
	seen := map[common.Address]bool{}
	for _, m := range c.Members {
		if m == (common.Address{}) {
			errs = append(errs, fmt.Errorf("%w: the zero address as member", ErrBadCouncil))
		}
		if seen[m] {
			errs = append(errs, fmt.Errorf("%w: member %s listed twice", ErrBadCouncil, m))
		}
		seen[m] = true
	}
	if c.Threshold < 1 || c.Threshold > uint64(len(c.Members)) {
		errs = append(errs, fmt.Errorf("%w: threshold %d with %d members: want 1 to %d", ErrBadCouncil, c.Threshold, len(c.Members), len(c.Members)))
	}
	for _, e := range c.Emergency {
		if e == (common.Address{}) {
			errs = append(errs, fmt.Errorf("%w: the zero address as emergency pauser", ErrBadCouncil))
		}
	}
	for name, roles := range c.Operators {
		st, ok := stepByName(name)
		if !ok {
			errs = append(errs, fmt.Errorf("%w: operators of %q: %w (known: %v)", ErrBadCouncil, name, ErrUnknownContract, All()))
			continue
		}
		for role := range roles {
			if err := st.checkRole(role); err != nil {
				errs = append(errs, fmt.Errorf("%w: operators of %s: %w", ErrBadCouncil, name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// councilCreationCode is the council's bytecode and constructor arguments; pauseTargets
// are the contracts its emergency role may pause.
func councilCreationCode(c *Council, pauseTargets []common.Address) ([]byte, error) {
	a, err := citycouncil.CityCouncilMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", CityCouncil, err)
	}
	emergency := c.Emergency
	if emergency == nil {
		emergency = []common.Address{}
	}
	packed, err := a.Pack("", c.Members, new(big.Int).SetUint64(c.Threshold), new(big.Int).SetUint64(c.DelaySeconds), emergency, pauseTargets)
	if err != nil {
		return nil, fmt.Errorf("constructor arguments of %s: %w", CityCouncil, err)
	}
	return append(common.FromHex(citycouncil.CityCouncilMetaData.Bin), packed...), nil
}

// DeployCouncil deploys a council whose emergency role may pause pauseTargets. It does not
// hand it any contract: Govern does.
func DeployCouncil(ctx context.Context, s *txsend.Sender, c *Council, pauseTargets []common.Address) (*txsend.Receipt, error) {
	code, err := councilCreationCode(c, pauseTargets)
	if err != nil {
		return nil, err
	}
	rcpt, err := s.Send(ctx, txsend.Candidate{Data: code})
	if err != nil {
		return nil, fmt.Errorf("deploy %s: %w", CityCouncil, err)
	}
	return rcpt, nil
}
