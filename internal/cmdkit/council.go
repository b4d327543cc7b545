package cmdkit

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/seoulchain/seoulchain/internal/txsend"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/citycouncil"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// CouncilABI is CityCouncil's ABI.
func CouncilABI() *abi.ABI { return MustABI(citycouncil.CityCouncilMetaData) }

// Propose puts a call to the city council (CityCouncil in the address book) instead of
// sending it to its target: the call is first simulated as the council will make it after
// the delay, so that one the council may not make (a role it lacks, a rule the contract
// enforces) is refused now, by the contract's error, and nothing is proposed. The proposal
// counts as the proposer's approval; the operation's id is printed for `gov approve` and
// `gov execute`. A zero salt is replaced by a random one.
func Propose(c *cli.Context, tc *Tx, to common.Address, data []byte, action string) error {
	council, err := ContractAddress(c, tc.G, deploy.CityCouncil)
	if err != nil {
		return err
	}
	salt := tc.G.Salt
	if salt == ([32]byte{}) {
		if _, err := rand.Read(salt[:]); err != nil {
			return err
		}
	}
	cc, err := citycouncil.NewCityCouncilCaller(council, tc.EC)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: c.Context}
	values := []*big.Int{new(big.Int)}
	id, err := cc.HashOperationBatch(opts, []common.Address{to}, values, [][]byte{data}, [32]byte{}, salt)
	if err != nil {
		return fmt.Errorf("read the council at %s: %w", council.Hex(), err)
	}
	call := MustPack(CouncilABI(), "propose", []common.Address{to}, values, [][]byte{data}, salt)
	// The sender's own right to propose first (CouncilNotMember), then the call itself.
	if _, err := tc.Sender.Simulate(c.Context, txsend.Candidate{To: &council, Data: call}); err != nil {
		return ExplainRevert(err)
	}
	if _, err := tc.EC.CallContract(c.Context, ethereum.CallMsg{From: council, To: &to, Data: data}, nil); err != nil {
		abis, _ := deploy.ABIs()
		if rev, ok := abidecode.RevertFromError(err, abis...); ok {
			return ExplainRevert(fmt.Errorf("as the council would run it, %s reverts: %w; nothing proposed", action, rev))
		}
		return fmt.Errorf("simulate %s as the council: %w; nothing proposed", action, err)
	}
	if err := sendDirect(c, tc, council, call, "propose to the council: "+action); err != nil || c.Bool(DryRunFlag.Name) {
		return err
	}
	threshold, err1 := cc.Threshold(opts)
	members, err2 := cc.Members(opts)
	delay, err3 := cc.GetMinDelay(opts)
	if err1 != nil || err2 != nil || err3 != nil {
		return Note(c, fmt.Sprintf("Operation %s proposed.", common.Hash(id).Hex()))
	}
	return Note(c, fmt.Sprintf("Operation %s proposed: %s of the %d members approve (the proposal is your approval), %s passes, then anyone runs `seoulchain gov execute %s`.",
		common.Hash(id).Hex(), threshold, len(members), time.Duration(delay.Int64())*time.Second, common.Hash(id).Hex()))
}
