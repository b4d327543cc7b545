package vehicle

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/relayclient"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/internal/viewbatch"
)

// Batches through the relayer: one signed request carries one recordBatch (or
// registerBatch), so a batch must fit what the relayer pays for one request (GET
// /v1/forwarder's maxGas, 1,000,000) and its calldata bound (16 KiB, 63 records of 256
// bytes). A fifth of the gas is left for records dearer than the work's GasPerRecord.
const (
	relayGasShare = 0.8
	relayMaxBatch = 60
	// relayBusyTries bounds the waits for the relayer's rate limit (30 requests a minute
	// per signer, after a burst of 10): two minutes of refusals end the import.
	relayBusyTries = 60
	relayBusyWait  = 2 * time.Second
)

// relayBatch is how many records of about perRecord gas go in one relayed batch for a
// relayer paying at most maxGas for one request.
func relayBatch(maxGas, perRecord uint64) int {
	if maxGas == 0 {
		maxGas = 1_000_000
	}
	return max(1, min(relayMaxBatch, int(float64(maxGas)*relayGasShare)/int(perRecord)))
}

// relayedImport appends recs through the relayer, batch by batch, each batch a
// ForwardRequest signed by the sending key: the recorder pays no gas and the chain names
// it, not the relayer, as the recorder. Records already on chain are left out first (a run
// stopped anywhere resumes by record ID: nothing is kept on disk), and a batch that would
// fail is split down to the records that fail, each reported with the registry's reason.
// A relayer that will not relay (unreachable, refusing) stops the run with what was done.
func relayedImport[R any](ctx context.Context, tx *cmdkit.Tx, rc *relayclient.Client, fwd *relayclient.Forwarder, w bulk.Work[R],
	progress bulk.Progress) (*bulk.Result, error) {
	start := time.Now()
	res := &bulk.Result{Records: len(w.Records)}
	defer func() { res.Elapsed = time.Since(start) }()
	pending, err := notRecorded(ctx, tx.RC, tx.To, tx.Sender.From(), w)
	if err != nil {
		return nil, err
	}
	res.Skipped = len(w.Records) - len(pending)
	progress.Start(w.Name, len(w.Records))
	defer progress.Finish()
	progress.Add(res.Skipped)
	r := &relayRun[R]{ctx: ctx, tx: tx, rc: rc, fwd: fwd, res: res, progress: progress, work: w}
	per := relayBatch(fwd.MaxGas, w.GasPerRecord)
	for lo := 0; lo < len(pending); lo += per {
		if err := r.send(pending[lo:min(len(pending), lo+per)]); err != nil {
			return res, err
		}
	}
	return res, nil
}

type relayRun[R any] struct {
	ctx      context.Context
	tx       *cmdkit.Tx
	rc       *relayclient.Client
	fwd      *relayclient.Forwarder
	res      *bulk.Result
	progress bulk.Progress
	work     bulk.Work[R]
}

// send relays one batch, or its halves when it would fail; a single record that would fail
// is a failure with its reason. An error stops the run.
func (r *relayRun[R]) send(batch []R) error {
	me := r.tx.Sender.From()
	data, err := r.work.Pack(batch)
	if err != nil {
		return err
	}
	gas, err := r.tx.Sender.Simulate(r.ctx, txsend.Candidate{To: &r.tx.To, Data: data})
	var reason error
	switch {
	case errors.Is(err, txsend.ErrWouldRevert):
		reason = err
	case err != nil:
		return err
	case r.fwd.MaxGas != 0 && gas > r.fwd.MaxGas:
		reason = fmt.Errorf("needs %d gas, more than the %d the relayer pays for one request", gas, r.fwd.MaxGas)
	}
	if reason == nil {
		var id common.Hash
		id, reason, err = r.relay(me, data, gas)
		if err != nil {
			return err
		}
		if reason == nil {
			return r.follow(id, batch)
		}
	}
	if len(batch) > 1 {
		if err := r.send(batch[:len(batch)/2]); err != nil {
			return err
		}
		return r.send(batch[len(batch)/2:])
	}
	r.res.Failed = append(r.res.Failed, bulk.Failure{ID: r.work.ID(batch[0]), Reason: cmdkit.ExplainRevert(reason).Error()})
	r.progress.Add(1)
	return nil
}

// relay signs the batch with the forwarder's next nonce and posts it, waiting while the
// relayer's rate limit refuses it. reason is the relayer's refusal of this batch (its
// simulation failed: the batch is split); err stops the run.
func (r *relayRun[R]) relay(me common.Address, data []byte, gas uint64) (id common.Hash, reason, err error) {
	for try := 1; ; try++ {
		fwd, err := r.rc.Forwarder(r.ctx, me)
		if err != nil {
			return id, nil, err
		}
		req, sig, err := fwd.Sign(r.tx.Key.PrivateKey, r.tx.To, data, gas, relayclient.DefaultValidity)
		if err != nil {
			return id, nil, err
		}
		id, err = r.rc.Relay(r.ctx, req, sig)
		var api *relayclient.APIError
		switch {
		case err == nil:
			return id, nil, nil
		case errors.As(err, &api) && api.Status == http.StatusTooManyRequests && try < relayBusyTries:
			r.tx.Log.Info("Relayer busy, waiting", "try", try, "answer", api.Message)
		case errors.As(err, &api) && api.Status == http.StatusBadRequest:
			return id, err, nil
		default:
			return id, nil, err
		}
		select {
		case <-r.ctx.Done():
			return id, nil, r.ctx.Err()
		case <-time.After(relayBusyWait):
		}
	}
}

// follow waits for the relayed batch and counts it: records the registry skipped (recorded
// meanwhile) as skipped, the others as sent; a batch failed on chain fails its records.
func (r *relayRun[R]) follow(id common.Hash, batch []R) error {
	st, err := r.rc.Wait(r.ctx, id, func(st *relayclient.Status) {
		r.tx.Log.Info("Relayed batch", "id", id, "status", st.Status)
	})
	if err != nil {
		return err
	}
	defer r.progress.Add(len(batch))
	if st.Status == relayclient.StatusFailed {
		for _, rec := range batch {
			r.res.Failed = append(r.res.Failed, bulk.Failure{ID: r.work.ID(rec),
				Reason: fmt.Sprintf("relayed request %s failed on chain (transaction %s): %s", id.Hex(), st.TxHash.Hex(), st.Reason)})
		}
		return nil
	}
	rcpt, err := r.tx.EC.TransactionReceipt(r.ctx, st.TxHash)
	if err != nil {
		return fmt.Errorf("read the receipt of relayed request %s (transaction %s): %w", id.Hex(), st.TxHash.Hex(), err)
	}
	skipped := r.work.Skipped(rcpt.Logs, r.tx.Sender.From())
	r.res.Skipped += len(skipped)
	r.res.Sent += len(batch) - len(skipped)
	r.res.Batches++
	r.res.GasUsed += rcpt.GasUsed
	r.res.Txs = append(r.res.Txs, st.TxHash)
	return nil
}

// notRecorded returns the work's records (registrations too: their IDs are records') the
// registry at reg has not recorded from recorder (record IDs are each recorder's own),
// asking for all of them in batches of JSON-RPC calls (viewbatch).
func notRecorded[R any](ctx context.Context, node *rpc.Client, reg, recorder common.Address, w bulk.Work[R]) ([]R, error) {
	a := registryABIOf()
	answers, err := viewbatch.Call(ctx, node, reg, len(w.Records), func(i int) []byte {
		return cmdkit.MustPack(a, "recorded", recorder, common.HexToHash(w.ID(w.Records[i])))
	})
	if err != nil {
		return nil, fmt.Errorf("read which records are on chain: %w", err)
	}
	var out []R
	for i, ans := range answers {
		if ans.Err != nil {
			return nil, fmt.Errorf("read whether record %s is on chain: %w", w.ID(w.Records[i]), ans.Err)
		}
		if len(ans.Data) != 32 || ans.Data[31] == 0 {
			out = append(out, w.Records[i])
		}
	}
	return out, nil
}

// relayerFor returns the relayer's client and forwarder when it relays the registry's
// function fn for the sending key; nil when no relayer is configured or it does not relay
// fn (the key then sends and pays).
func relayerFor(c *cli.Context, tx *cmdkit.Tx, fn string) (*relayclient.Client, *relayclient.Forwarder, error) {
	if tx.G.Relayer == "" || tx.G.ViaCouncil {
		return nil, nil, nil
	}
	rc, err := relayclient.New(tx.G.Relayer)
	if err != nil {
		return nil, nil, cmdkit.Usagef("--%s: %w", cmdkit.RelayerFlag.Name, err)
	}
	from := tx.Sender.From()
	fwd, err := rc.Forwarder(c.Context, from)
	if err != nil {
		return nil, nil, fmt.Errorf("%w; nothing sent (start the relayer, or pass --%s to send from %s, which pays the gas)", err, cmdkit.NoRelayerFlag.Name, from.Hex())
	}
	if !fwd.Allows(tx.To, fn) {
		return nil, nil, nil
	}
	return rc, fwd, nil
}
