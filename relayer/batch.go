package relayer

import (
	"context"
	"errors"
	"fmt"
	"time"

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
	for {
		select {
		case <-ctx.Done():
			return
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
		job := relayOwner + "-" + chunk[0].ID.Hex()
		if err := s.relays.Assign(chunk, job); err != nil {
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
	_, _, err = s.submitFor(relayOwner)(txmgr.Request{ID: job, To: s.domain.Forwarder, Data: data})
	return err
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
	outcome := map[[2]string]bool{} // (signer, nonce) -> success
	if j.State == txmgr.Confirmed {
		f, _ := cityforwarder.NewCityForwarderFilterer(s.domain.Forwarder, nil)
		for _, l := range j.Logs {
			if ev, err := f.ParseExecutedForwardRequest(*l); err == nil && l.Address == s.domain.Forwarder {
				outcome[[2]string{ev.Signer.Hex(), ev.Nonce.String()}] = ev.Success
			}
		}
	}
	err := s.relays.Update(j.ID, func(r *relayRecord) {
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
		return fmt.Errorf("journal relay outcomes of job %s: %w", j.ID, err)
	}
	return nil
}
