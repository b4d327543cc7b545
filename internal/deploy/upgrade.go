package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/txsend"
)

// ErrNotUpgradeable is returned for an upgrade of a contract that is not behind a proxy.
var ErrNotUpgradeable = errors.New("contract is not upgradeable")

// implementationSlot is ERC-1967's implementation slot: keccak256("eip1967.proxy.implementation") - 1.
var implementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// ImplementationOf reads the implementation a proxy delegates to, from its ERC-1967 slot.
// b must also read storage, as ethclient's and the simulated backend's clients do.
func ImplementationOf(ctx context.Context, b txsend.Backend, proxy common.Address) (common.Address, error) {
	sr, ok := b.(interface {
		StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
	})
	if !ok {
		return common.Address{}, fmt.Errorf("read the implementation of %s: the backend (%T) does not read storage", proxy, b)
	}
	v, err := sr.StorageAt(ctx, proxy, implementationSlot, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the implementation of %s: %w", proxy, err)
	}
	return common.BytesToAddress(v), nil
}

// DeployImplementation deploys a new implementation of the upgradeable contract name, with
// the constructor arguments a fresh deployment would use, for the council to upgrade to.
func DeployImplementation(ctx context.Context, s *txsend.Sender, name string, have Addresses) (*txsend.Receipt, error) {
	st, ok := stepByName(name)
	if !ok {
		return nil, fmt.Errorf("%w: %q (known: %v)", ErrUnknownContract, name, All())
	}
	if !st.Upgradeable() {
		return nil, fmt.Errorf("%w: %s", ErrNotUpgradeable, name)
	}
	for _, d := range st.Deps {
		if _, ok := have[d]; !ok {
			return nil, fmt.Errorf("%w: %s needs %s", ErrUnknownContract, name, d)
		}
	}
	code, err := st.creationCode(s.From(), have)
	if err != nil {
		return nil, err
	}
	rcpt, err := s.Send(ctx, txsend.Candidate{Data: code})
	if err != nil {
		return nil, fmt.Errorf("deploy an implementation of %s: %w", name, err)
	}
	return rcpt, nil
}

// UpgradeCall is the calldata of the proxy's upgrade to impl (UUPS upgradeToAndCall with no
// call): the council proposes it with the proxy as target.
func UpgradeCall(name string, impl common.Address) ([]byte, error) {
	st, ok := stepByName(name)
	if !ok {
		return nil, fmt.Errorf("%w: %q (known: %v)", ErrUnknownContract, name, All())
	}
	if !st.Upgradeable() {
		return nil, fmt.Errorf("%w: %s", ErrNotUpgradeable, name)
	}
	a, err := st.Meta.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("ABI of %s: %w", name, err)
	}
	return a.Pack("upgradeToAndCall", impl, []byte{})
}
