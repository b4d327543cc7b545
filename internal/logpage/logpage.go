package logpage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// Reader is what the paged reads need of a node (*ethclient.Client has it).
type Reader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Page is the usual first range of blocks per eth_getLogs (a range the node refuses is
// halved): under the 5,000 or 10,000 blocks common providers allow, and a few MB of ballots.
const Page = 2_000

// progressAfter: a read of more blocks than this reports its progress on stderr.
const progressAfter = 4 * Page

// growAfter: after this many reads in a row at a span, neither refused nor too full, the
// span doubles again (up to its ceiling), so that a few passing refusals (a timeout on a
// busy node) do not leave the rest of a long read in tiny ranges. A doubled span refused
// at once doubles the reads wanted before the next try, so a node's fixed cap costs a
// refused request after 8, 16, 32... reads, not one in 9.
const growAfter = 8

// pageLogs: a range that returned more logs than this halves the span for the next, so
// that a page (kept in memory while the next is read) is bounded by ballots, not blocks.
const pageLogs = 4_000

// rateRetries: a read the node refuses as rate-limited is retried this many times, waiting
// 1, 2, 4... seconds (31 s in all for 5), then the read fails; it never halves the range
// (more, smaller requests would not help).
const rateRetries = 5

// Pager reads logs in block ranges. It starts with span blocks per request and halves
// the span each time the node refuses a range as too wide or its answer as too large, down
// to a single block (a refusal then is an error); it doubles the span back, up to ceiling,
// after growAfter reads in a row that went through.
type Pager struct {
	r        Reader
	span     uint64
	ceiling  uint64    // the span grows back to this; not at all if 0
	streak   int       // reads in a row that went through at this span
	growWait int       // the streak that doubles the span: growAfter, doubled when a doubling is refused
	grown    bool      // the span was doubled and no read went through at it yet
	progress io.Writer // progress lines for long reads; nil for none
	requests int       // eth_getLogs sent, for tests
	// sleep waits before a rate-limited read is retried; tests replace it.
	sleep func(ctx context.Context, d time.Duration) error
}

// New is a pager of r that starts with (and grows back to) page blocks per request, and
// tells the progress of a read of more than a few pages on progress (nil: not told).
func New(r Reader, page uint64, progress io.Writer) *Pager {
	page = max(page, 1)
	return &Pager{r: r, span: page, ceiling: page, progress: progress}
}

// Growing is New for a range whose logs are not known to be few: it starts with page blocks
// per request and grows (doubling after growAfter reads in a row that went through) up to
// ceiling, so that a quiet range costs few requests and a busy one pages bounded by logs.
func Growing(r Reader, page, ceiling uint64, progress io.Writer) *Pager {
	p := New(r, page, progress)
	p.ceiling = max(p.span, ceiling)
	return p
}

// Requests is the number of eth_getLogs requests sent so far (refused ones included).
func (p *Pager) Requests() int { return p.requests }

// tooLarge tells a node's refusal of a getLogs range as too wide or its answer as too
// large, which a smaller range cures, from any other error. The texts are those of common
// nodes and providers: go-ethereum ("exceed maximum block range", "query returned more
// than 10000 results"), Erigon, Besu, Nethermind, Infura, Alchemy ("Log response size
// exceeded"), and an HTTP 413 or a websocket read limit on the way back. A rate limit is
// not one (see rateLimited), though its texts say "too many" or "exceeded" too.
func tooLarge(err error) bool {
	if err == nil || rateLimited(err) {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"too many", "more than", "exceed", "limit", "too large", "block range", "response size", "413", "timeout", "timed out"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// rateLimited tells a node's or provider's refusal for sending too many requests: HTTP 429
// ("429 Too Many Requests"), Infura's "project ID request rate exceeded", Alchemy's
// "exceeded its compute units per second capacity", and the various "rate limit" texts.
func rateLimited(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"429", "too many requests", "rate limit", "rate-limit", "ratelimit", "request rate", "rate exceeded", "compute units", "throughput"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Forward calls each with the logs matching q in blocks [from, to], range by range in
// chain order (q's block bounds are set here). what names the logs in progress lines and
// errors.
func (p *Pager) Forward(ctx context.Context, q ethereum.FilterQuery, from, to uint64, what string, each func([]types.Log) error) error {
	prog := p.start(what, from, to)
	defer prog.Finish()
	for lo := from; lo <= to; {
		hi := min(to, lo+p.span-1)
		logs, err := p.get(ctx, q, lo, hi, what)
		if err != nil {
			return err
		}
		if logs == nil {
			continue // refused as too large: the span was halved, same lo
		}
		if err := each(logs); err != nil {
			return err
		}
		prog.Add(int(hi - lo + 1))
		lo = hi + 1
	}
	return nil
}

// Last finds the last log matching q in blocks [from, to], reading ranges from to back;
// it starts with the whole range in one request (q is expected to match few logs), then
// as the node allows. found is false when no log matches.
//
// A node that has lost the logs of the older blocks (see PrunedError) is searched from the
// first block it has logs of, found by halving on one-block requests: a log there is found
// as on any node; if none matches, the error is the PrunedError (the log may be among the
// lost blocks), which tells that block when the node refuses every block before it.
func (p *Pager) Last(ctx context.Context, q ethereum.FilterQuery, from, to uint64, what string) (l types.Log, found bool, err error) {
	saved, savedCeiling := p.span, p.ceiling
	p.span, p.ceiling = to-from+1, to-from+1
	defer func() { p.span, p.ceiling = min(p.span, saved), savedCeiling }()
	prog := p.start(what, from, to)
	defer prog.Finish()
	l, found, err = p.last(ctx, q, from, to, what, prog)
	var lost *PrunedError
	if !errors.As(err, &lost) {
		return l, found, err
	}
	first, ferr := p.firstKept(ctx, lost.lo, to, what)
	if ferr != nil {
		return types.Log{}, false, ferr
	}
	lost.Before = first
	if first > to {
		return types.Log{}, false, err
	}
	// Once only: a node refusing again after its first kept block (one whose lost blocks
	// are not all before its kept ones) is told as it answers, naming no first block.
	l, found, ferr = p.last(ctx, q, first, to, what, noProgress{})
	if ferr != nil || found {
		return l, found, ferr
	}
	return types.Log{}, false, err
}

func (p *Pager) last(ctx context.Context, q ethereum.FilterQuery, from, to uint64, what string, prog bulk.Progress) (types.Log, bool, error) {
	for hi := to; hi >= from; {
		lo := from
		if hi-from+1 > p.span {
			lo = hi - p.span + 1
		}
		logs, err := p.get(ctx, q, lo, hi, what)
		if err != nil {
			return types.Log{}, false, err
		}
		if logs == nil {
			continue
		}
		if len(logs) > 0 {
			return logs[len(logs)-1], true, nil
		}
		prog.Add(int(hi - lo + 1))
		if lo == from {
			break
		}
		hi = lo - 1
	}
	return types.Log{}, false, nil
}

// firstKept is the first block of (lost, to] whose logs the node gives, to+1 if none, where
// lost is a block it refused as pruned: found by halving, one block a request (about
// log2(to-lost) requests), as nodes refuse a range that starts before their first kept block.
//
// The probes ask for every log of their block (no address, no topic), not q's: go-ethereum
// 1.13 reads a block's receipts, and so finds them lost, only when the block's bloom
// matches the filter, and a lost block with no log matching q would answer an empty list,
// taken for a kept block (the first block came out too low, and the error named a wrong
// one). Every block's bloom matches the empty filter, so every lost one is refused; nodes
// that refuse by range (error 4444, Erigon) refuse it as well. A probe whose block has more
// logs than the node answers at once was read, so the block is kept.
func (p *Pager) firstKept(ctx context.Context, lost, to uint64, what string) (uint64, error) {
	lo, hi := lost, to+1 // lo refused; hi given, or past the range
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		_, err := p.get(ctx, ethereum.FilterQuery{}, mid, mid, what)
		var pe *PrunedError
		switch {
		case errors.As(err, &pe):
			lo = mid
		case err != nil && (!tooLarge(err) || timedOut(err)):
			return 0, err // a timeout says nothing of the block
		default:
			hi = mid
		}
	}
	return hi, nil
}

// timedOut tells a read that took too long (a smaller range would help, but it was not
// answered) from a refusal of too many logs (which was read).
func timedOut(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "timeout") || strings.Contains(msg, "timed out")
}

// PrunedError is a node's refusal of a read because it has no logs of (some of) the blocks
// asked for: its history was pruned (EIP-4444 history expiry, pruned receipts) or it was
// synced from a later block. A smaller or later read of those blocks does not help: only
// another node (one that keeps every block's logs) does.
type PrunedError struct {
	// Before is the first block the node has logs of, all before it lost; 0 when not known
	// (a node may tell a lost block only when the filter matches it).
	Before uint64
	Err    error // the node's answer
	what   string
	lo, hi uint64 // the blocks refused
}

func (e *PrunedError) Error() string {
	why := "its history was pruned, or it was synced from a later block"
	if e.Before > e.hi {
		return fmt.Sprintf("read %s of blocks %d-%d: the node has no logs of these blocks (%s): %v", e.what, e.lo, e.hi, why, e.Err)
	}
	if e.Before > 0 {
		return fmt.Sprintf("read %s of blocks %d-%d: the node has no logs of the blocks before block %d (%s): %v", e.what, e.lo, e.hi, e.Before, why, e.Err)
	}
	return fmt.Sprintf("read %s of blocks %d-%d: the node has lost the logs of some of these blocks (%s): %v", e.what, e.lo, e.hi, why, e.Err)
}

func (e *PrunedError) Unwrap() error { return e.Err }

// pruned tells a node's refusal of a getLogs for blocks whose logs it no longer has:
// EIP-4444's error code 4444 "pruned history unavailable" (go-ethereum from 1.16, reth,
// Nethermind), Erigon's "data before txNum=... is not available" and "not available due to
// pruning", and the go-ethereum of this chain (1.13) reading a block whose receipts are
// gone ("failed to get logs for block #N"). Not "is not available" alone: go-ethereum says
// it of an unknown method too.
func pruned(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == 4444 {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"prun", "history unavailable", "failed to get logs for block", "data before txnum"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// get reads blocks [lo, hi]. A refusal as too large halves the span and returns nil logs
// (never nil on success); at a single block it is an error. A rate-limited read is retried
// rateRetries times after growing waits, then is an error that says so. A refusal for lost
// blocks is a *PrunedError at once (no smaller range helps).
func (p *Pager) get(ctx context.Context, q ethereum.FilterQuery, lo, hi uint64, what string) ([]types.Log, error) {
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
	for retry := 0; ; retry++ {
		p.requests++
		logs, err := p.r.FilterLogs(ctx, q)
		switch {
		case err == nil:
			p.went(hi-lo+1, len(logs))
			if logs == nil {
				logs = []types.Log{}
			}
			return logs, nil
		case ctx.Err() != nil:
		case pruned(err):
			return nil, &PrunedError{Err: err, what: what, lo: lo, hi: hi}
		case rateLimited(err) && retry < rateRetries:
			if err := p.wait(ctx, time.Second<<retry); err != nil {
				return nil, fmt.Errorf("read %s of blocks %d-%d: %w", what, lo, hi, err)
			}
			continue
		case rateLimited(err):
			return nil, fmt.Errorf("read %s of blocks %d-%d: the node refused it as rate-limited %d times in a row over %s; try again later, or use a node without a request rate limit: %w",
				what, lo, hi, retry+1, time.Second<<rateRetries-time.Second, err)
		case tooLarge(err) && hi > lo:
			p.span = max(1, min(p.span, hi-lo+1)/2)
			p.streak = 0
			if p.grown {
				p.growWait *= 2
				p.grown = false
			}
			return nil, nil
		}
		return nil, fmt.Errorf("read %s of blocks %d-%d: %w", what, lo, hi, err)
	}
}

// went records a read of blocks that returned n logs: a full page halves the span for the
// next read; growAfter reads in a row at the whole span double it, up to the ceiling.
func (p *Pager) went(blocks uint64, n int) {
	if n > pageLogs && blocks > 1 {
		p.span = max(1, min(p.span, blocks)/2)
		p.streak = 0
		return
	}
	if blocks < p.span {
		return // a short last range says nothing of the span
	}
	p.grown = false
	p.growWait = max(p.growWait, growAfter)
	if p.streak++; p.streak >= p.growWait && p.span < p.ceiling {
		p.span = min(p.ceiling, 2*p.span)
		p.streak, p.grown = 0, true
	}
}

// wait sleeps d before a retry, or until ctx is done.
func (p *Pager) wait(ctx context.Context, d time.Duration) error {
	if p.sleep != nil {
		return p.sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// start returns the progress of a read of blocks [from, to]: a bar or lines on the
// progress writer for a long read, else nothing.
func (p *Pager) start(what string, from, to uint64) bulk.Progress {
	if p.progress == nil || to-from+1 <= progressAfter {
		return noProgress{}
	}
	prog := bulk.NewProgress(p.progress, 5*time.Second)
	prog.Start("blocks of "+what, int(to-from+1))
	return prog
}

type noProgress struct{}

func (noProgress) Start(string, int) {}
func (noProgress) Add(int)           {}
func (noProgress) Finish()           {}
