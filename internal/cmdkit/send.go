package cmdkit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/relayclient"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// TxResult is one transaction a command sent, relayed or simulated, as --json prints it
// in the command's "transactions" list.
type TxResult struct {
	Action  string       `json:"action"`
	DryRun  bool         `json:"dryRun,omitempty"`
	Gas     uint64       `json:"gas,omitempty"`     // a dry run's gas limit
	Relayer string       `json:"relayer,omitempty"` // the relayer that paid the gas
	Request *common.Hash `json:"request,omitempty"` // the relayed request's ID
	*txsend.Receipt
}

// SendOrSimulate is the convention every sending command follows: simulate first (a
// revert is reported by the contract's error and nothing is sent); --dry-run stops there;
// otherwise an action the configured relayer relays goes through it, gasless for the
// sender, and anything else is sent from the key, after checking that the key can pay
// the gas. action names the operation in the imperative ("mint 5 won to …").
//
// With --via-council the transaction is proposed to the city council instead (Propose).
func SendOrSimulate(c *cli.Context, tc *Tx, to common.Address, data []byte, action string) error {
	if tc.G.ViaCouncil {
		return Propose(c, tc, to, data, action)
	}
	return sendDirect(c, tc, to, data, action)
}

// sendDirect is SendOrSimulate without the council.
func sendDirect(c *cli.Context, tc *Tx, to common.Address, data []byte, action string) error {
	cand := txsend.Candidate{To: &to, Data: data}
	gas, err := tc.Sender.Simulate(c.Context, cand)
	if err != nil {
		return ExplainRevert(err)
	}
	if c.Bool(DryRunFlag.Name) {
		res := &TxResult{Action: action, DryRun: true, Gas: gas}
		if tc.G.JSON {
			return PrintTx(c, res)
		}
		_, err = fmt.Fprintf(c.App.Writer, "Dry run: %s would succeed (gas %d). Nothing sent.\n", action, gas)
		return err
	}
	if tc.G.Relayer != "" {
		res, err := relay(c, tc, to, data, gas, action)
		if err != nil || res != nil {
			return err
		}
	}
	if err := checkGas(c, tc, gas, to, data); err != nil {
		return err
	}
	r, err := tc.Sender.Send(c.Context, cand)
	if errors.Is(err, txsend.ErrRevertedOnChain) && r != nil {
		return ExplainRevert(ReplayRevert(c.Context, tc.EC, tc.Sender.From(), to, data, r.Block, err))
	}
	if err != nil {
		return ExplainRevert(err)
	}
	res := &TxResult{Action: action, Receipt: r}
	if tc.G.JSON {
		return PrintTx(c, res)
	}
	fmt.Fprintf(c.App.Writer, "Done: %s\n", action)
	return PrintReceipt(c.App.Writer, r)
}

// relay sends the call through the relayer when it relays it: it returns nil and no error
// when the relayer does not relay this function, for the caller to send directly.
func relay(c *cli.Context, tc *Tx, to common.Address, data []byte, gas uint64, action string) (*TxResult, error) {
	rc, err := relayclient.New(tc.G.Relayer)
	if err != nil {
		return nil, Usagef("--%s: %w", RelayerFlag.Name, err)
	}
	from := tc.Sender.From()
	fwd, err := rc.Forwarder(c.Context, from)
	if err != nil {
		return nil, fmt.Errorf("%w; nothing sent (start the relayer, or pass --%s to send from %s, which pays the gas)", err, NoRelayerFlag.Name, from.Hex())
	}
	fn := functionName(data)
	if !fwd.Allows(to, fn) {
		return nil, nil
	}
	req, sig, err := fwd.Sign(tc.Key.PrivateKey, to, data, gas, relayclient.DefaultValidity)
	if err != nil {
		return nil, fmt.Errorf("relay %s: %w; nothing sent", fn, err)
	}
	id, err := rc.Relay(c.Context, req, sig)
	if err != nil {
		return nil, fmt.Errorf("relay %s: %w; nothing sent", fn, err)
	}
	tc.Log.Info("Relayed request accepted", "id", id, "relayer", rc.URL())
	st, err := rc.Wait(c.Context, id, func(st *relayclient.Status) {
		tc.Log.Info("Relayed request", "id", id, "status", st.Status)
	})
	if err != nil {
		return nil, err
	}
	if st.Status == relayclient.StatusFailed {
		return nil, fmt.Errorf("relayed request %s failed on chain (transaction %s): %s", id.Hex(), st.TxHash.Hex(), st.Reason)
	}
	r := &txsend.Receipt{TxHash: st.TxHash, Block: st.Block}
	if rcpt, err := tc.EC.TransactionReceipt(c.Context, st.TxHash); err == nil {
		r.GasUsed = rcpt.GasUsed
		r.Events = eventsOf(tc.Sender, rcpt, from)
	}
	res := &TxResult{Action: action, Relayer: rc.URL(), Request: &id, Receipt: r}
	if tc.G.JSON {
		return res, PrintTx(c, res)
	}
	fmt.Fprintf(c.App.Writer, "Done: %s (gasless: relayed by %s, request %s)\n", action, rc.URL(), id.Hex())
	return res, PrintReceipt(c.App.Writer, r)
}

// eventsOf decodes the receipt's events that name from: a relayed transaction may carry
// other citizens' requests of the same batch.
func eventsOf(s *txsend.Sender, rcpt *types.Receipt, from common.Address) []abidecode.Event {
	var out []abidecode.Event
	for _, l := range rcpt.Logs {
		ev, err := s.DecodeLog(l)
		if err != nil {
			continue
		}
		for _, f := range ev.Fields {
			if strings.EqualFold(f.Value, from.Hex()) {
				out = append(out, *ev)
				break
			}
		}
	}
	return out
}

// functionName is the name of the contract function data calls, from the platform's ABIs.
func functionName(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	abis, _ := deploy.ABIs()
	for _, a := range abis {
		if m, err := a.MethodById(data[:4]); err == nil {
			return m.Name
		}
	}
	return ""
}

// checkGas refuses, before signing anything, a transaction the key cannot pay for: the
// node's own answer ("insufficient funds for gas * price + value: balance 0, …") names
// neither the account nor the fixes.
func checkGas(c *cli.Context, tc *Tx, gas uint64, to common.Address, data []byte) error {
	from := tc.Sender.From()
	bal, err := tc.EC.BalanceAt(c.Context, from, nil)
	if err != nil {
		return fmt.Errorf("read the balance of %s: %w", from.Hex(), err)
	}
	price, err := tc.EC.SuggestGasPrice(c.Context)
	if err != nil {
		return fmt.Errorf("read the gas price: %w", err)
	}
	need := new(big.Int).Mul(price, new(big.Int).SetUint64(gas))
	if bal.Cmp(need) >= 0 {
		return nil
	}
	fund := "ask the city's operators to fund it"
	if tc.G.Devnet != nil {
		fund = fmt.Sprintf("fund it: seoulchain --devnet %s devnet fund %s", c.String(DevnetFlag.Name), from.Hex())
	}
	hint := fund
	if tc.G.Relayer == "" {
		hint += fmt.Sprintf("; a citizen's action the relayer relays (%s here) needs no gas with --%s URL", functionName(data), RelayerFlag.Name)
	}
	return fmt.Errorf("%s has no gas to pay for this transaction (balance %s ETH, needs about %s ETH): %s. Nothing sent",
		from.Hex(), amount.Format(bal, amount.Ether), amount.Format(need, amount.Ether), hint)
}

// ReplayRevert explains onChain, a transaction from that simulated fine and reverted when
// mined: the state or the time changed in between (a start time that passed, a competing
// transaction). It replays the call at the block that mined it for the contract's error.
func ReplayRevert(ctx context.Context, ec ethereum.ContractCaller, from, to common.Address, data []byte, block uint64, onChain error) error {
	abis, _ := deploy.ABIs()
	msg := ethereum.CallMsg{From: from, To: &to, Data: data}
	_, err := ec.CallContract(ctx, msg, new(big.Int).SetUint64(block))
	if rev, ok := abidecode.RevertFromError(err, abis...); ok {
		return fmt.Errorf("%w; replayed at block %d it reverts with %w (the chain changed between the simulation and the block, e.g. a time that passed)", onChain, block, rev)
	}
	if err == nil {
		return fmt.Errorf("%w; replayed at block %d it succeeds, so it failed on what changed within that block (another transaction first, or out of gas)", onChain, block)
	}
	return fmt.Errorf("%w; replay at block %d: %v", onChain, block, err)
}
