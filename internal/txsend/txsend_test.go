package txsend_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/simchain"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// setup deploys the forwarder through Send on a simulated chain.
func setup(t *testing.T) (*txsend.Sender, *abi.ABI, common.Address) {
	t.Helper()
	chain := simchain.New(t, 1)
	fwdABI, err := cityforwarder.CityForwarderMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	s, err := txsend.New(context.Background(), chain.Client(), chain.Keys[0], nil, fwdABI)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	rcpt, err := s.Send(context.Background(), txsend.Candidate{Data: common.FromHex(cityforwarder.CityForwarderMetaData.Bin)})
	if err != nil {
		t.Fatalf("deploy through Send: %v", err)
	}
	if rcpt.ContractAddress == nil || rcpt.GasUsed == 0 || rcpt.Block == 0 {
		t.Fatalf("receipt %+v", rcpt)
	}
	return s, fwdABI, *rcpt.ContractAddress
}

func TestRevertIsDecodedAndNothingIsSent(t *testing.T) {
	s, fwdABI, fwd := setup(t)
	ctx := context.Background()
	citizen := common.HexToAddress("0x00000000000000000000000000000000000c171e")
	tests := []struct {
		name     string
		req      cityforwarder.ERC2771ForwarderForwardRequestData
		wantErr  string
		wantArgs map[string]string
	}{
		{
			name:     "target does not trust the forwarder",
			req:      cityforwarder.ERC2771ForwarderForwardRequestData{From: citizen, To: citizen, Value: big.NewInt(0), Gas: big.NewInt(50000), Deadline: big.NewInt(1 << 40)},
			wantErr:  "ERC2771UntrustfulTarget",
			wantArgs: map[string]string{"target": citizen.Hex(), "forwarder": fwd.Hex()},
		},
		{
			name:     "value sent differs from the request's",
			req:      cityforwarder.ERC2771ForwarderForwardRequestData{From: citizen, To: citizen, Value: big.NewInt(5), Gas: big.NewInt(50000), Deadline: big.NewInt(1 << 40)},
			wantErr:  "ERC2771ForwarderMismatchedValue",
			wantArgs: map[string]string{"requestedValue": "5", "msgValue": "0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := fwdABI.Pack("execute", tt.req)
			if err != nil {
				t.Fatal(err)
			}
			nonce, _ := s.Backend().PendingNonceAt(ctx, s.From())
			_, err = s.Send(ctx, txsend.Candidate{To: &fwd, Data: data})
			if !errors.Is(err, txsend.ErrWouldRevert) {
				t.Fatalf("Send = %v, want ErrWouldRevert", err)
			}
			var rev *abidecode.Revert
			if !errors.As(err, &rev) || rev.Name != tt.wantErr {
				t.Fatalf("revert = %+v, want %s", rev, tt.wantErr)
			}
			for _, a := range rev.Args {
				if want, ok := tt.wantArgs[a.Name]; ok && a.Value != want {
					t.Errorf("arg %s = %s, want %s", a.Name, a.Value, want)
				}
				delete(tt.wantArgs, a.Name)
			}
			if len(tt.wantArgs) > 0 {
				t.Errorf("missing args %v in %+v", tt.wantArgs, rev.Args)
			}
			if after, _ := s.Backend().PendingNonceAt(ctx, s.From()); after != nonce {
				t.Fatalf("a refused Send sent %d transaction(s)", after-nonce)
			}
		})
	}
}

func TestSimulateGivesGasWithMargin(t *testing.T) {
	s, _, _ := setup(t)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	gas, err := s.Simulate(context.Background(), txsend.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if gas < 21000 || gas > 21000*13/10 {
		t.Fatalf("gas %d for a plain transfer: want 21000 plus at most 30%%", gas)
	}
	if gas, _ := s.Simulate(context.Background(), txsend.Candidate{To: &to, GasLimit: 99999}); gas != 99999 {
		t.Fatalf("explicit gas limit ignored: %d", gas)
	}
}

func TestCallToAddressWithoutCodeIsRefused(t *testing.T) {
	s, fwdABI, _ := setup(t)
	ctx := context.Background()
	empty := common.HexToAddress("0x00000000000000000000000000000000000e0e0e")
	data, _ := fwdABI.Pack("nonces", empty)
	nonce, _ := s.Backend().PendingNonceAt(ctx, s.From())
	if _, err := s.Send(ctx, txsend.Candidate{To: &empty, Data: data}); !errors.Is(err, txsend.ErrNoContract) {
		t.Fatalf("Send to an address without code = %v, want ErrNoContract", err)
	}
	if after, _ := s.Backend().PendingNonceAt(ctx, s.From()); after != nonce {
		t.Fatal("a refused Send sent a transaction")
	}
	// A plain value transfer to an account without code is fine.
	if _, err := s.Send(ctx, txsend.Candidate{To: &empty, Value: big.NewInt(1)}); err != nil {
		t.Fatalf("value transfer: %v", err)
	}
}

// quickSender is a sender of a simulated chain's first key that polls every 2 ms, and an
// address to send value to.
func quickSender(t *testing.T) (*simchain.Chain, *txsend.Sender, common.Address) {
	t.Helper()
	chain := simchain.New(t, 1)
	s, err := txsend.New(context.Background(), chain.Client(), chain.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.SetPollInterval(2 * time.Millisecond)
	return chain, s, common.HexToAddress("0x00000000000000000000000000000000000c171e")
}

// TestResend: a transaction sent again is the same one (mined once, nil after); one whose
// nonce went to another transaction can never be mined (ErrNonceUsed); a signed one the node
// never took (Follow) is taken and mined.
func TestResend(t *testing.T) {
	chain, s, to := quickSender(t)
	ctx := context.Background()
	p, err := s.Start(ctx, txsend.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Resend(ctx, p); err != nil {
		t.Fatalf("resend while pending: %v", err)
	}
	if _, err := s.Wait(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := s.Resend(ctx, p); err != nil {
		t.Fatalf("resend once mined: %v", err)
	}

	// A transaction signed with the next nonce and never sent (a node dropped it), then
	// another transaction with that nonce.
	nonce, err := chain.Client().PendingNonceAt(ctx, s.From())
	if err != nil {
		t.Fatal(err)
	}
	id, _ := chain.Client().ChainID(ctx)
	sign := func(value int64) *types.Transaction {
		tx, err := types.SignNewTx(chain.Keys[0], types.LatestSignerForChainID(id), &types.DynamicFeeTx{
			ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: big.NewInt(value)})
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
	dropped := txsend.Follow(sign(2))
	if _, err := s.Send(ctx, txsend.Candidate{To: &to, Value: big.NewInt(3)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Resend(ctx, dropped); !errors.Is(err, txsend.ErrNonceUsed) {
		t.Fatalf("resend of a transaction whose nonce was taken: %v, want ErrNonceUsed", err)
	}

	nonce++
	never := txsend.Follow(sign(4))
	if err := s.Resend(ctx, never); err != nil {
		t.Fatalf("resend of a transaction the node never took: %v", err)
	}
	if r, err := s.Wait(ctx, never); err != nil || r.TxHash != never.Hash() {
		t.Fatalf("the transaction sent again: %+v, %v", r, err)
	}
}

// TestSign: Sign sends nothing and takes its nonce (the next Sign has the one after, though
// the node has not seen the first); Resend sends each, and both are mined, in order.
func TestSign(t *testing.T) {
	chain, s, to := quickSender(t)
	ctx := context.Background()
	nonce, err := chain.Client().PendingNonceAt(ctx, s.From())
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Sign(ctx, txsend.Candidate{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := chain.Client().PendingNonceAt(ctx, s.From()); err != nil || n != nonce {
		t.Fatalf("after Sign the node's pending nonce is %d (%v), want %d: the transaction was sent", n, err, nonce)
	}
	second, err := s.Sign(ctx, txsend.Candidate{To: &to, Value: big.NewInt(2)})
	if err != nil {
		t.Fatal(err)
	}
	if first.Tx().Nonce() != nonce || second.Tx().Nonce() != nonce+1 {
		t.Fatalf("nonces %d, %d; want %d, %d", first.Tx().Nonce(), second.Tx().Nonce(), nonce, nonce+1)
	}
	for _, p := range []*txsend.Pending{first, second} {
		if err := s.Resend(ctx, p); err != nil {
			t.Fatal(err)
		}
		if r, err := s.Wait(ctx, p); err != nil || r.TxHash != p.Hash() {
			t.Fatalf("the signed transaction, sent: %+v, %v", r, err)
		}
	}
}

// TestSignedNonces: a nonce Sign took comes back with Release (a journal that could not be
// written: the next Sign takes it, no gap); a failed Wait returns to the node's pending
// nonce, but above the nonces signed and not sent yet (the node does not count them), so
// no second transaction is signed with one of them.
func TestSignedNonces(t *testing.T) {
	chain, s, to := quickSender(t)
	ctx := context.Background()
	nonce, err := chain.Client().PendingNonceAt(ctx, s.From())
	if err != nil {
		t.Fatal(err)
	}
	sign := func(value int64) *txsend.Pending {
		t.Helper()
		p, err := s.Sign(ctx, txsend.Candidate{To: &to, Value: big.NewInt(value)})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	lost := sign(1)
	s.Release(lost)
	kept := sign(2)
	if lost.Tx().Nonce() != nonce || kept.Tx().Nonce() != nonce {
		t.Fatalf("nonces %d, then %d after Release; want %d both", lost.Tx().Nonce(), kept.Tx().Nonce(), nonce)
	}

	// Another transaction, sent behind kept (not sent yet) and given up waiting for.
	behind, err := s.Start(ctx, txsend.Candidate{To: &to, Value: big.NewInt(3)})
	if err != nil {
		t.Fatal(err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Wait(done, behind); err == nil {
		t.Fatal("a Wait whose context ended succeeded")
	}
	if next := sign(4); next.Tx().Nonce() == kept.Tx().Nonce() {
		t.Fatalf("after a failed Wait, Sign took nonce %d again, that of a transaction signed and not sent yet", next.Tx().Nonce())
	}
	if err := s.Resend(ctx, kept); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Wait(ctx, kept); err != nil || r.TxHash != kept.Hash() {
		t.Fatalf("the kept transaction, sent: %+v, %v", r, err)
	}
}
