package gasmeter

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// TestCall: one eth_call through the gas meter, from the forwarder's address, tells
// whether a citizen's call succeeds, the gas it needs (enough when given exactly, and no
// more than eth_estimateGas's binary search finds), an out-of-gas from a revert, and the
// revert's data for its reason.
func TestCall(t *testing.T) {
	ctx := context.Background()
	acc := chaintest.Accounts(t, 1)[0]
	addrs := acc.Deploy(deploy.SCoin)
	sc, fwd := addrs[deploy.SCoin], addrs[deploy.CityForwarder]
	a, _ := scoin.SCoinMetaData.GetAbi()
	call := func(method string, args ...any) { acc.Must(sc, a, method, args...) }
	citizen, shop := common.HexToAddress("0xc171"), common.HexToAddress("0x5409")
	call("addProgram", "eco", big.NewInt(1e9), []common.Address{acc.Addr()})
	call("addMerchant", shop, "stall")
	call("credit", uint32(1), citizen, big.NewInt(100), uint64(1))
	rc, chain := acc.Chain.RPC(), acc.Chain

	relayed := func(amount int64) []byte {
		data, _ := a.Pack("pay", shop, big.NewInt(amount), "ORDER-1")
		return append(data, citizen.Bytes()...) // ERC-2771: the signer after the call
	}
	const signed = 300_000
	m, err := Call(ctx, rc, fwd, sc, signed, relayed(30))
	if err != nil {
		t.Fatal(err)
	}
	if !m.OK || m.Need == 0 || m.Need < m.Used {
		t.Fatalf("payment: %+v; want a success with the gas it needs", m)
	}
	est, err := chain.Client().EstimateGas(ctx, ethereum.CallMsg{From: fwd, To: &sc, Gas: signed, Data: relayed(30)})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("a relayed payment: one eth_call measures %d gas used, %d needed; eth_estimateGas gives %d for a transaction", m.Used, m.Need, est)
	if m.Need > est {
		t.Errorf("needs %d gas for the call; eth_estimateGas gave %d for a whole transaction", m.Need, est)
	}
	if exact, err := Call(ctx, rc, fwd, sc, m.Need, relayed(30)); err != nil || !exact.OK {
		t.Errorf("given exactly the %d gas it needs: %+v, %v", m.Need, exact, err)
	}
	if short, err := Call(ctx, rc, fwd, sc, m.Used/2, relayed(30)); err != nil || short.OK || !short.OutOfGas {
		t.Errorf("given half the gas it used: %+v, %v; want out of gas", short, err)
	}
	if err := CheckOverrides(ctx, rc, fwd); err != nil {
		t.Errorf("a node that applies state overrides: %v", err)
	}
	ignoring := rpc.NewServer()
	t.Cleanup(ignoring.Stop)
	if err := ignoring.RegisterName("eth", overrideIgnorer{rc}); err != nil {
		t.Fatal(err)
	}
	if err := CheckOverrides(ctx, rpc.DialInProc(ignoring), fwd); err == nil || !strings.Contains(err.Error(), "state override") {
		t.Errorf("a node that ignores state overrides: %v; want the relayer to refuse to start, naming them", err)
	} else {
		t.Logf("a node that ignores state overrides: %v", err)
	}
	over, err := Call(ctx, rc, fwd, sc, signed, relayed(1000))
	if err != nil {
		t.Fatal(err)
	}
	if rev := abidecode.DecodeRevert(over.Return, acc.ABIs...); over.OK || over.OutOfGas || rev.Name != "SCoinInsufficientBalance" {
		t.Errorf("a payment over the balance: %+v (%s); want SCoinInsufficientBalance", over, rev.Error())
	}
}

// overrideIgnorer is a node whose eth_call ignores the state override, as one that does not
// support it might.
type overrideIgnorer struct{ node *rpc.Client }

func (o overrideIgnorer) Call(ctx context.Context, args map[string]any, block string, _ map[string]any) (hexutil.Bytes, error) {
	var out hexutil.Bytes
	err := o.node.CallContext(ctx, &out, "eth_call", args, block)
	return out, err
}
