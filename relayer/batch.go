package relayer

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// relayOwner owns the jobs of citizens' relay requests. Their IDs stay "relay-<first
// request>": the records name their job, journaled before the job is submitted, so a
// restart rebuilds the same job under the same ID.
const relayOwner = "relay"

// jobOwner is what the relayer needs of whoever owns jobs, the relay core or a plug-in.
type jobOwner interface {
	Jobs() []string
	Resubmit(job string) error
	JobUpdated(j txmgr.Job) error
}

// relayJobs is the relay core as a jobOwner.
type relayJobs struct{ s *Service }

func (r relayJobs) Jobs() []string {
	var out []string
	for job := range r.s.relays.OpenJobs() {
		out = append(out, job)
	}
	return out
}

func (r relayJobs) Resubmit(job string) error {
	recs := r.s.relays.OfJob(job)
	if len(recs) == 0 {
		return nil
	}
	return r.s.submitRelayJob(job, recs)
}

func (r relayJobs) JobUpdated(j txmgr.Job) error { return r.s.onRelayJob(j) }

func (s *Service) batchLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.BatchWait)
	defer t.Stop()
	evict := time.NewTicker(10 * time.Second)
	defer evict.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-evict.C:
			s.relays.evictLimiters()
			continue
		case <-t.C:
		}
		if err := s.flushRelays(); err != nil {
			s.log.Error("Cannot batch relay requests", "err", err)
		}
		for _, p := range s.plugins {
			p.Tick(ctx)
		}
	}
}

// flushRelays cuts batches of queued requests for each hot key that has room in its
// window (txmgr.Manager.Room): while a key is busy its citizens' requests gather into a
// larger batch. Each citizen is pinned to one key (pinKey), so their forwarder nonces go
// out in nonce order on one key's nonce sequence.
func (s *Service) flushRelays() error {
	recs := s.relays.unassigned()
	if len(recs) == 0 {
		return nil
	}
	keys := s.mgr.Keys()
	byKey := map[common.Address][]*relayRecord{}
	for _, r := range recs {
		k := pinKey(r.Request.From, keys)
		byKey[k] = append(byKey[k], r)
	}
	for key, list := range byKey {
		for room := s.mgr.Room(key); room > 0 && len(list) > 0; room-- {
			n := s.cut(list)
			chunk := list[:n]
			list = list[n:]
			job := relayOwner + "-" + chunk[0].ID.Hex()
			if err := s.relays.Assign(chunk, job); err != nil {
				return err
			}
			if err := s.submitRelayJob(job, chunk); err != nil {
				return err
			}
		}
	}
	return nil
}

// pinKey is the hot key that sends every request of signer: by a hash of the address, so
// the same at every start with the same keys.
func pinKey(signer common.Address, keys []common.Address) common.Address {
	h := crypto.Keccak256(signer.Bytes())
	return keys[binary.BigEndian.Uint64(h[:8])%uint64(len(keys))]
}

// cut is how many of recs (at least one) the next batch carries: bounded by batch_max, by
// calldata bytes (geth refuses a transaction over 128 KiB) and by gas.
func (s *Service) cut(recs []*relayRecord) int {
	if !s.cfg.Batching {
		return 1
	}
	bytes, gas := batchBaseBytes, uint64(batchBaseGas)
	for i, r := range recs {
		b, g := requestBytes(r), requestGas(r)
		if i > 0 && (i >= s.cfg.BatchMax || bytes+b > s.cfg.BatchBytes || gas+g > s.cfg.BatchGas) {
			return i
		}
		bytes, gas = bytes+b, gas+g
	}
	return len(recs)
}

// Sizes of executeBatch's calldata: the selector and two head words, the array's length,
// and per request an offset and the tuple (seven head words, the data and signature with
// their lengths, padded to words).
const (
	batchBaseBytes = 4 + 3*32
	batchBaseGas   = 21_000 + 30_000
	// requestOverheadGas is what the forwarder spends on one request besides its call:
	// the EIP-712 hash and ecrecover, the nonce's storage write (a new one for a new
	// citizen), the call's cold access, the event, decoding; measured ≈ 35k, with room.
	requestOverheadGas = 50_000
)

func requestBytes(r *relayRecord) int {
	pad := func(n int) int { return (n + 31) / 32 * 32 }
	return 32 + 7*32 + 32 + pad(len(r.Request.Data)) + 32 + pad(len(r.Sig))
}

// requestGas is what one request takes of a batch's gas limit: the gas its call needed
// when simulated, with a quarter more (state changes between acceptance and execution),
// the forwarder's overhead, and its calldata at 16 gas a byte. No estimate of the whole
// batch is made.
// Blocks are packed by gas limit, not gas used, so a tight limit is throughput.
func requestGas(r *relayRecord) uint64 {
	call := r.Request.Gas.Uint64()
	if r.CallGas > 0 {
		call = min(call, r.CallGas*5/4)
	} else if r.SimGas > 21_000 {
		call = min(call, (r.SimGas-21_000)*5/4)
	}
	return call + requestOverheadGas + uint64(requestBytes(r))*16
}

// batchGas is the gas limit of a batch: the requests' shares, and for the largest signed
// gas the 1/63 the forwarder checks is left after a call (ERC2771Forwarder's
// _checkForwardedGas ends the whole transaction with invalid() otherwise).
func batchGas(recs []*relayRecord) uint64 {
	gas, most := uint64(batchBaseGas), uint64(0)
	for _, r := range recs {
		gas += requestGas(r)
		most = max(most, r.Request.Gas.Uint64())
	}
	return gas + most/63 + 1
}

func (s *Service) submitRelayJob(job string, chunk []*relayRecord) error {
	data, err := s.relayJobData(chunk)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	pin := pinKey(chunk[0].Request.From, s.mgr.Keys())
	_, _, err = s.submitFor(relayOwner)(txmgr.Request{ID: job, To: s.domain.Forwarder, Data: data, Gas: batchGas(chunk), Pin: pin})
	return err
}

// splitRelayJob sends the requests of a job the node can never accept as it is (too many
// bytes, too much gas or fee) again in two halves, in their order; a request alone that is
// still too large fails with the reason.
func (s *Service) splitRelayJob(j txmgr.Job, recs []*relayRecord) error {
	if len(recs) < 2 {
		return nil
	}
	half := len(recs) / 2
	for i, part := range [][]*relayRecord{recs[:half], recs[half:]} {
		job := fmt.Sprintf("%s/%d", j.ID, i+1)
		if err := s.relays.Assign(part, job); err != nil {
			return err
		}
		if err := s.submitRelayJob(job, part); err != nil {
			return err
		}
	}
	s.log.Warn("Batch the node cannot take split in two", "job", j.ID, "requests", len(recs), "code", j.Code, "err", j.Err)
	return nil
}

// submitFor submits jobs owned by owner: their updates come back to it (onJob).
func (s *Service) submitFor(owner string) func(txmgr.Request) (txmgr.Job, bool, error) {
	return func(r txmgr.Request) (txmgr.Job, bool, error) {
		r.Owner = owner
		return s.mgr.Send(r)
	}
}

// resume is the one path by which work journaled before a start reaches its end: each
// owner's open jobs are submitted again if the manager never journaled them (a crash
// between the two writes), and otherwise handed over in the state they reached.
func (s *Service) resume() {
	for name, o := range s.owners {
		for _, job := range o.Jobs() {
			j, err := s.mgr.Get(job)
			if errors.Is(err, txmgr.ErrUnknownJob) {
				if err := o.Resubmit(job); err != nil {
					s.log.Error("Cannot resubmit a journaled job", "owner", name, "job", job, "err", err)
				}
				continue
			}
			s.deliver(name, o, j)
		}
	}
}

// onJob routes a job's update to the owner it was submitted for (txmgr.Job.Owner), or, for
// a job journaled before jobs carried one, to the owner whose records name it.
func (s *Service) onJob(j txmgr.Job) {
	o, ok := s.owners[j.Owner]
	if !ok {
		if o, ok = s.legacy[j.ID]; !ok {
			return
		}
	}
	s.deliver(j.Owner, o, j)
}

func (s *Service) deliver(name string, o jobOwner, j txmgr.Job) {
	if err := o.JobUpdated(j); err != nil {
		s.log.Error("Cannot apply a job's update; it is applied again at the next start", "owner", name, "job", j.ID, "state", j.State, "err", err)
	}
}

// onRelayJob carries a job's progress to its relay requests; a confirmed job's
// ExecutedForwardRequest events say which requests succeeded.
func (s *Service) onRelayJob(j txmgr.Job) error {
	recs := s.relays.OfJob(j.ID)
	if len(recs) == 0 {
		return nil
	}
	status := plugin.JobStatus(j.State)
	// A batch the node cannot take, or one that reverted as a whole (no forwarder nonce
	// was used), goes again in halves.
	if j.State == txmgr.Failed && (txmgr.Splittable(j.Code) || j.Code == txmgr.CodeReverted) && len(recs) > 1 {
		return s.splitRelayJob(j, recs)
	}
	outcome := map[[2]string]bool{} // (signer, nonce) -> success
	elsewhere := map[[2]string]*types.Log{}
	if j.State == txmgr.Confirmed {
		f, _ := cityforwarder.NewCityForwarderFilterer(s.domain.Forwarder, nil)
		for _, l := range j.Logs {
			if ev, err := f.ParseExecutedForwardRequest(*l); err == nil && l.Address == s.domain.Forwarder {
				outcome[[2]string{ev.Signer.Hex(), ev.Nonce.String()}] = ev.Success
			}
		}
		var missing []*relayRecord
		for _, r := range recs {
			if _, ok := outcome[[2]string{r.Request.From.Hex(), r.Request.Nonce.String()}]; !ok {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 && len(j.Resent) > 0 {
			elsewhere = s.executedElsewhere(j, missing, outcome)
		}
	}
	now := time.Now().UTC()
	err := s.relays.Update(j.ID, func(r *relayRecord) {
		r.Status = status
		r.TxHash, r.Block = j.TxHash, j.Block
		if j.Finished() && r.Finished.IsZero() { // a job reported again keeps its first end
			r.Finished = now
		}
		switch j.State {
		case txmgr.Failed:
			r.Reason = plugin.FailureReason(j)
		case txmgr.Confirmed:
			key := [2]string{r.Request.From.Hex(), r.Request.Nonce.String()}
			ok, found := outcome[key]
			if l := elsewhere[key]; l != nil {
				// Executed by an earlier transaction of the same work (a job sent again
				// while its first transaction was still to be mined): that one counts.
				r.TxHash, r.Block = l.TxHash, l.BlockNumber
			}
			switch {
			case !found:
				r.Status, r.Reason = StatusFailed, "not executed: the forwarder found the request invalid when the batch ran (nonce used, deadline passed)"
			case !ok:
				r.Status, r.Reason = StatusFailed, "the call reverted on chain"
			default:
				s.m.latency.WithLabelValues("relay").Observe(time.Since(r.Accepted).Seconds())
			}
		}
	})
	if err != nil {
		return fmt.Errorf("journal relay outcomes of job %s: %w", j.ID, err)
	}
	return nil
}

// executedElsewhere looks for the requests a confirmed batch did not execute in the
// receipts of the job's earlier transactions (Job.Resent): a job sent again under a new
// nonce (txmgr does so when it concludes another sender used its nonce) can have executed
// its requests in its first transaction after all, and a request must not be reported
// failed after it executed. Found ones are added to outcome, with their log; a receipt that
// cannot be read is tried again twice, then the requests are reported as the batch found
// them. It runs on the key's worker (the job's update), only for jobs sent again: rare.
func (s *Service) executedElsewhere(j txmgr.Job, missing []*relayRecord, outcome map[[2]string]bool) map[[2]string]*types.Log {
	found := map[[2]string]*types.Log{}
	want := map[[2]string]bool{}
	for _, r := range missing {
		want[[2]string{r.Request.From.Hex(), r.Request.Nonce.String()}] = true
	}
	f, _ := cityforwarder.NewCityForwarderFilterer(s.domain.Forwarder, nil)
	for _, h := range j.Resent {
		var r *types.Receipt
		var err error
		for try := 0; try < 3; try++ {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			r, err = s.ec.TransactionReceipt(ctx, h)
			cancel()
			if err == nil || errors.Is(err, ethereum.NotFound) || try == 2 {
				break
			}
			time.Sleep(time.Duration(200<<try) * time.Millisecond)
		}
		if errors.Is(err, ethereum.NotFound) {
			continue // never mined
		}
		if err != nil {
			s.log.Warn("Cannot read an earlier transaction of a batch sent again; its requests the batch did not execute are reported as not executed", "job", j.ID, "tx", h, "err", err)
			continue
		}
		for _, l := range r.Logs {
			e, err := f.ParseExecutedForwardRequest(*l)
			if err != nil || l.Address != s.domain.Forwarder {
				continue
			}
			if key := [2]string{e.Signer.Hex(), e.Nonce.String()}; want[key] {
				outcome[key], found[key] = e.Success, l
			}
		}
	}
	if len(found) > 0 {
		s.log.Warn("Requests a batch did not execute were executed by an earlier transaction", "job", j.ID, "tx", j.TxHash, "found", len(found), "of", len(missing))
	}
	return found
}
