package voting

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/logpage"
)

// checkPagedRead: election id read in ranges of a few blocks is the record of one getLogs
// from block 0 (as the CLI read it before): the same events but the ballots, the same
// ballots streamed, and, for a secret election, the same recount.
func checkPagedRead(t *testing.T, id int64) {
	t.Helper()
	info := network.Info(t)
	ec := cmdtest.Dial(t, info.RPC())
	ctx := context.Background()
	contract := info.Contracts[deploy.MVoting]
	rec := &recordingReader{Reader: ec}
	paged := logpage.New(rec, 3, nil)
	el, err := readElection(ctx, ec, contract, big.NewInt(id), paged)
	if err != nil {
		t.Fatal(err)
	}
	// The creation is looked for from the last block at or before the start back, not from
	// the head (MVoting.create wants a start not before the block's time).
	upto := rec.queries[0].ToBlock.Uint64()
	if at, _ := ec.HeaderByNumber(ctx, big.NewInt(int64(upto))); at.Time > el.Start {
		t.Fatalf("election %d: the creation looked for back from block %d, after the start", id, upto)
	}
	if next, _ := ec.HeaderByNumber(ctx, big.NewInt(int64(upto+1))); next != nil && next.Time <= el.Start {
		t.Fatalf("election %d: the creation looked for back from block %d, but block %d is not after the start either", id, upto, upto+1)
	}
	all, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{contract, el.Keys}, Topics: [][]common.Hash{nil, {common.BigToHash(big.NewInt(id))}}})
	if err != nil {
		t.Fatal(err)
	}
	ballotIDs := []common.Hash{votingABI().Events["OpenBallotCast"].ID, votingABI().Events["SecretBallotCast"].ID}
	var others, ballots []types.Log
	for _, l := range all {
		if l.BlockNumber > el.To {
			continue
		}
		if slices.Contains(ballotIDs, l.Topics[0]) {
			ballots = append(ballots, l)
		} else {
			others = append(others, l)
		}
	}
	if len(ballots) == 0 || !reflect.DeepEqual(el.logs, others) {
		t.Fatalf("election %d: the paged read has %d events but the ballots, one read %d (and %d ballots)", id, len(el.logs), len(others), len(ballots))
	}
	if paged.Requests() < 3 {
		t.Fatalf("election %d: read in %d requests of 3 blocks: not paged", id, paged.Requests())
	}
	event := "OpenBallotCast"
	if el.Secret {
		event = "SecretBallotCast"
	}
	var streamed []types.Log
	el.ballots(ctx, event, nil, func(logs []types.Log) error {
		streamed = append(streamed, logs...)
		return nil
	})
	if !reflect.DeepEqual(streamed, ballots) {
		t.Fatalf("election %d: %d ballots streamed, one read has %d", id, len(streamed), len(ballots))
	}
	got, err := countFromChain(ctx, ec, el)
	if err != nil {
		t.Fatal(err)
	}
	if el.Secret {
		w, _ := whereOf(ctx, ec, contract, big.NewInt(id))
		rec, err := ReadSecretRecord(w, len(el.Options), el.MaxChoices, el.Threshold, all)
		if err != nil {
			t.Fatal(err)
		}
		want, err := rec.Recount()
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("election %d: streamed recount %+v, one read's %+v (%v)", id, got, want, err)
		}
	}
}

// recordingReader keeps the queries a read sent.
type recordingReader struct {
	logpage.Reader
	queries []ethereum.FilterQuery
}

func (r *recordingReader) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.queries = append(r.queries, q)
	return r.Reader.FilterLogs(ctx, q)
}

// TestNoSuchElection: an id the contract never gave is refused from its election count,
// with no log read (the creation was looked for from the head back to block 0).
func TestNoSuchElection(t *testing.T) {
	info := network.Info(t)
	ec := cmdtest.Dial(t, info.RPC())
	contract := info.Contracts[deploy.MVoting]
	for _, id := range []int64{0, 1_000} {
		p := logpage.New(ec, logpage.Page, nil)
		_, err := readElection(context.Background(), ec, contract, big.NewInt(id), p)
		var usage *cmdkit.UsageError
		want := fmt.Sprintf("no election %d: the MVoting contract at %s has ", id, contract.Hex())
		if !errors.As(err, &usage) || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("election %d: %v; want a usage error %q...", id, err, want)
		}
		if p.Requests() != 0 {
			t.Errorf("election %d: %d logs requests", id, p.Requests())
		}
	}
}
