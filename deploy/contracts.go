package deploy

import (
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
)

// Names of the deployable contracts, as recorded in devnet.json.
const (
	CityForwarder = "CityForwarder"
)

// Step deploys one contract. Deps are the names it needs deployed first; their addresses
// are in the Addresses passed to Deploy.
type Step struct {
	Name   string
	Deps   []string
	Deploy func(opts *bind.TransactOpts, b bind.ContractBackend, deps Addresses) (common.Address, *types.Transaction, error)
}

// Steps returns every deployable contract, dependencies before dependants.
func Steps() []Step {
	return []Step{
		{
			Name: CityForwarder,
			Deploy: func(opts *bind.TransactOpts, b bind.ContractBackend, _ Addresses) (common.Address, *types.Transaction, error) {
				addr, tx, _, err := cityforwarder.DeployCityForwarder(opts, b)
				return addr, tx, err
			},
		},
	}
}

// All returns the names of every deployable contract, in deployment order.
func All() []string {
	var names []string
	for _, s := range Steps() {
		names = append(names, s.Name)
	}
	return names
}
