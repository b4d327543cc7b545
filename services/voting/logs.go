package voting

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// An election's events are read in block ranges, never in one eth_getLogs from block 0: a
// 100,000-ballot election is about 100,000 logs of ciphertexts and proofs (hundreds of MB
// in one answer), and nodes cap the range or the size of a getLogs answer.

// logReader is what the paged reads need of a node (*ethclient.Client has it).
type logReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// logPage is the first range of blocks per eth_getLogs; a range the node refuses is halved.
const logPage = 2_000

// progressAfter: a read of more blocks than this reports its progress on stderr.
const progressAfter = 4 * logPage

// logPager reads logs in block ranges. It starts with span blocks per request and halves
// the span each time the node refuses a range as too wide or its answer as too large, down
// to a single block (a refusal then is an error); the span stays halved for the rest of
// the read, as the node's cap does.
type logPager struct {
	r        logReader
	span     uint64
	progress io.Writer // progress lines for long reads; nil for none
	requests int       // eth_getLogs sent, for tests
}

func newLogPager(r logReader, progress io.Writer) *logPager {
	return &logPager{r: r, span: logPage, progress: progress}
}

// tooLarge tells a node's refusal of a getLogs range as too wide or its answer as too
// large, which a smaller range cures, from any other error. The texts are those of common
// nodes and providers: go-ethereum ("exceed maximum block range", "query returned more
// than 10000 results"), Erigon, Besu, Nethermind, Infura, Alchemy ("Log response size
// exceeded"), and an HTTP 413 or a websocket read limit on the way back.
func tooLarge(err error) bool {
	if err == nil {
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

// forward calls each with the logs matching q in blocks [from, to], range by range in
// chain order (q's block bounds are set here). what names the logs in progress lines and
// errors.
func (p *logPager) forward(ctx context.Context, q ethereum.FilterQuery, from, to uint64, what string, each func([]types.Log) error) error {
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

// last finds the last log matching q in blocks [from, to], reading ranges from to back;
// it starts with the whole range in one request (q is expected to match few logs), then
// as the node allows. found is false when no log matches.
func (p *logPager) last(ctx context.Context, q ethereum.FilterQuery, from, to uint64, what string) (l types.Log, found bool, err error) {
	saved := p.span
	p.span = to - from + 1
	defer func() { p.span = min(p.span, saved) }()
	prog := p.start(what, from, to)
	defer prog.Finish()
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

// get reads blocks [lo, hi]. A refusal as too large halves the span and returns nil logs
// (never nil on success); at a single block it is an error.
func (p *logPager) get(ctx context.Context, q ethereum.FilterQuery, lo, hi uint64, what string) ([]types.Log, error) {
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
	p.requests++
	logs, err := p.r.FilterLogs(ctx, q)
	switch {
	case err == nil && logs == nil:
		return []types.Log{}, nil
	case err == nil:
		return logs, nil
	case tooLarge(err) && hi > lo && ctx.Err() == nil:
		p.span = max(1, min(p.span, hi-lo+1)/2)
		return nil, nil
	}
	return nil, fmt.Errorf("read %s of blocks %d-%d: %w", what, lo, hi, err)
}

// start returns the progress of a read of blocks [from, to]: a bar or lines on the
// progress writer for a long read, else nothing.
func (p *logPager) start(what string, from, to uint64) bulk.Progress {
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
