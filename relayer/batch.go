package relayer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/services/mileage"
)

// Job IDs say what a job carries; the records name their job, journaled before the job is
// submitted, so a restart rebuilds the same job under the same ID.
const (
	relayJobPrefix  = "relay-"
	creditJobPrefix = "credits-"
)

func (s *Service) batchLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.BatchWait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := s.flushRelays(); err != nil {
			s.log.Error("Cannot batch relay requests", "err", err)
		}
		if err := s.flushCredits(); err != nil {
			s.log.Error("Cannot batch credits", "err", err)
		}
		s.reconcile()
	}
}

// reconcile applies jobs that ended while their records were not updated (a receipt that
// could not be read at the time).
func (s *Service) reconcile() {
	for _, open := range []map[string]bool{s.relays.openJobs(), s.credits.openJobs()} {
		for job := range open {
			if j, err := s.mgr.Get(job); err == nil && (j.State == txmgr.Confirmed || j.State == txmgr.Failed) {
				s.onJob(j)
			}
		}
	}
}

func (s *Service) flushRelays() error {
	recs := s.relays.unassigned()
	size := 1
	if s.cfg.Batching {
		size = s.cfg.BatchMax
	}
	for len(recs) > 0 {
		n := min(size, len(recs))
		chunk := recs[:n]
		recs = recs[n:]
		job := relayJobPrefix + chunk[0].ID.Hex()
		if err := s.relays.assign(chunk, job); err != nil {
			return err
		}
		if err := s.submitRelayJob(job, chunk); err != nil {
			return err
		}
	}
	return nil
}

func (s *Service) submitRelayJob(job string, chunk []*relayRecord) error {
	data, err := s.relayJobData(chunk)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	_, _, err = s.mgr.Submit(s.domain.Forwarder, data, job)
	return err
}

func (s *Service) flushCredits() error {
	for program, recs := range s.credits.unassigned() {
		// Checked before the records are assigned: with no key to send them they stay queued.
		if _, err := s.creditKey(program); err != nil {
			s.log.Warn("Credits wait: no hot key may credit their program", "program", program, "credits", len(recs), "err", err)
			continue
		}
		for len(recs) > 0 {
			n := min(s.cfg.CreditBatch, len(recs))
			chunk := recs[:n]
			recs = recs[n:]
			job := fmt.Sprintf("%s%d-%d", creditJobPrefix, program, chunk[0].RecordID)
			if err := s.credits.assign(chunk, job); err != nil {
				return err
			}
			if err := s.submitCreditJob(job, program, chunk); err != nil {
				return err
			}
		}
	}
	return nil
}

// submitCreditJob sends a program's credits from the program's pinned key (creditKey),
// never from whichever key is free: S-Coin keys records by issuer, so only credits from one
// key find a record that key credited before and skip it.
func (s *Service) submitCreditJob(job string, program uint32, chunk []*creditRecord) error {
	data, err := creditJobData(program, chunk)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	key, err := s.creditKey(program)
	if err != nil {
		return fmt.Errorf("job %s: %w", job, err)
	}
	_, _, err = s.mgr.SubmitPinned(s.contracts[deploy.SCoin], data, job, key)
	return err
}

// creditKey is the hot key that sends every credit of program: the lowest-address hot key
// that is an issuer of the program (mileage.PinnedIssuer), the same at every start.
func (s *Service) creditKey(program uint32) (common.Address, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	v, err := scoin.NewSCoinCaller(s.contracts[deploy.SCoin], s.ec)
	if err != nil {
		return common.Address{}, err
	}
	return mileage.PinnedIssuer(ctx, v, program, s.mgr.Keys())
}

// resume resubmits jobs the records name but the manager never journaled, and applies
// jobs that ended while the records were not yet updated.
func (s *Service) resume() {
	for job := range s.relays.openJobs() {
		j, err := s.mgr.Get(job)
		if errors.Is(err, txmgr.ErrUnknownJob) {
			if err := s.submitRelayJob(job, s.relays.ofJob(job)); err != nil {
				s.log.Error("Cannot resubmit a journaled relay job", "job", job, "err", err)
			}
			continue
		}
		s.onJob(j)
	}
	for job := range s.credits.openJobs() {
		j, err := s.mgr.Get(job)
		if errors.Is(err, txmgr.ErrUnknownJob) {
			recs := s.credits.ofJob(job)
			if len(recs) > 0 {
				if err := s.submitCreditJob(job, recs[0].Program, recs); err != nil {
					s.log.Error("Cannot resubmit a journaled credit job", "job", job, "err", err)
				}
			}
			continue
		}
		s.onJob(j)
	}
}

// onJob carries a job's progress to its requests or credits.
func (s *Service) onJob(j txmgr.Job) {
	switch {
	case strings.HasPrefix(j.ID, relayJobPrefix):
		s.onRelayJob(j)
	case strings.HasPrefix(j.ID, creditJobPrefix):
		s.onCreditJob(j)
	}
}

func jobStatus(st txmgr.State) string {
	switch st {
	case txmgr.Sent:
		return StatusSent
	case txmgr.Mined:
		return StatusMined
	case txmgr.Confirmed:
		return StatusConfirmed
	case txmgr.Failed:
		return StatusFailed
	}
	return StatusQueued
}

// receiptLogs fetches the logs of a job's mined transaction.
func (s *Service) receiptLogs(j txmgr.Job) ([]*types.Log, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := s.ec.TransactionReceipt(ctx, j.TxHash)
	if err != nil {
		return nil, fmt.Errorf("receipt of %s: %w", j.TxHash, err)
	}
	return r.Logs, nil
}

func (s *Service) onRelayJob(j txmgr.Job) {
	recs := s.relays.ofJob(j.ID)
	if len(recs) == 0 {
		return
	}
	status := jobStatus(j.State)
	outcome := map[[2]string]bool{} // (signer, nonce) -> success
	if j.State == txmgr.Confirmed {
		logs, err := s.receiptLogs(j)
		if err != nil {
			s.log.Warn("Cannot read the outcome of a relay job; will retry", "job", j.ID, "err", err)
			return
		}
		f, _ := cityforwarder.NewCityForwarderFilterer(s.domain.Forwarder, nil)
		for _, l := range logs {
			if ev, err := f.ParseExecutedForwardRequest(*l); err == nil && l.Address == s.domain.Forwarder {
				outcome[[2]string{ev.Signer.Hex(), ev.Nonce.String()}] = ev.Success
			}
		}
	}
	err := s.relays.update(j.ID, func(r *relayRecord) {
		r.Status = status
		r.TxHash, r.Block = j.TxHash, j.Block
		switch j.State {
		case txmgr.Failed:
			r.Reason = j.Err
		case txmgr.Confirmed:
			ok, found := outcome[[2]string{r.Request.From.Hex(), r.Request.Nonce.String()}]
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
		s.log.Error("Cannot journal relay outcomes", "job", j.ID, "err", err)
	}
}

func (s *Service) onCreditJob(j txmgr.Job) {
	recs := s.credits.ofJob(j.ID)
	if len(recs) == 0 {
		return
	}
	skipped := map[uint64]bool{} // of the job's key: the issuer whose records these are
	if j.State == txmgr.Confirmed {
		logs, err := s.receiptLogs(j)
		if err != nil {
			s.log.Warn("Cannot read the outcome of a credit job; will retry", "job", j.ID, "err", err)
			return
		}
		f, _ := scoin.NewSCoinFilterer(common.Address{}, nil)
		for _, l := range logs {
			if ev, err := f.ParseCreditSkipped(*l); err == nil && ev.Issuer == j.Key {
				skipped[ev.RecordId] = true
			}
		}
	}
	status := jobStatus(j.State)
	err := s.credits.update(j.ID, func(r *creditRecord) {
		r.Status, r.TxHash, r.Block = status, j.TxHash, j.Block
		switch {
		case j.State == txmgr.Failed:
			r.Reason = j.Err
		case j.State == txmgr.Confirmed && skipped[r.RecordID]:
			r.Status = StatusAlreadyCredited
		case j.State == txmgr.Confirmed:
			s.m.latency.WithLabelValues("credit").Observe(time.Since(r.Accepted).Seconds())
		}
	})
	if err != nil {
		s.log.Error("Cannot journal credit outcomes", "job", j.ID, "err", err)
	}
}
