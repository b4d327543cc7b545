package bulk

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Progress is told how a run advances: Start once, Add as records end, Finish at the end.
type Progress interface {
	Start(what string, total int)
	Add(n int)
	Finish()
}

// NewProgress draws a bar with records/s and the time left when w is a terminal, and
// otherwise writes a plain line at most every interval (a script's log gets a few lines,
// not carriage returns).
func NewProgress(w io.Writer, interval time.Duration) Progress {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return &barProgress{w: w}
	}
	return &lineProgress{w: w, every: interval}
}

type barProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (p *barProgress) Start(what string, total int) {
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString(what),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }),
	)
}

func (p *barProgress) Add(n int) { p.bar.Add(n) }

func (p *barProgress) Finish() {
	if !p.bar.IsFinished() {
		p.bar.Exit()
		fmt.Fprintln(p.w)
	}
}

type lineProgress struct {
	w            io.Writer
	every        time.Duration
	what         string
	total, done  int
	start, shown time.Time
}

func (p *lineProgress) Start(what string, total int) {
	p.what, p.total, p.start, p.shown = what, total, time.Now(), time.Now()
}

func (p *lineProgress) Add(n int) {
	p.done += n
	if time.Since(p.shown) >= p.every && p.done < p.total {
		p.shown = time.Now()
		p.line()
	}
}

func (p *lineProgress) Finish() {}

func (p *lineProgress) line() {
	secs := time.Since(p.start).Seconds()
	rate := float64(p.done) / secs
	left := ""
	if rate > 0 {
		left = fmt.Sprintf(", about %s left", (time.Duration(float64(p.total-p.done)/rate) * time.Second).Round(time.Second))
	}
	fmt.Fprintf(p.w, "%s: %d of %d (%d%%), %.0f/s%s\n", p.what, p.done, p.total, p.done*100/max(1, p.total), rate, left)
}

// Summary is the run's closing lines: records sent, skipped as already done, failed with
// their reasons, gas used and time.
// one and many name a record ("credit", "credits"), in agreement with the count.
func (r *Result) Summary(one, many string) string {
	var b strings.Builder
	what, txs := many, "transactions"
	if r.Records == 1 {
		what = one
	}
	if r.Batches == 1 {
		txs = "transaction"
	}
	// A small run's rate is below one a second: "0 credits/s" would say nothing went.
	rate := fmt.Sprintf("%.0f", r.PerSecond())
	if r.PerSecond() < 10 {
		rate = fmt.Sprintf("%.1f", r.PerSecond())
	}
	fmt.Fprintf(&b, "%d %s: %d sent, %d skipped as already done, %d failed; %d gas in %d %s; %s (%s %s/s)\n",
		r.Records, what, r.Sent, r.Skipped, len(r.Failed), r.GasUsed, r.Batches, txs, r.Elapsed.Round(10*time.Millisecond), rate, many)
	for _, f := range r.Failed {
		fmt.Fprintf(&b, "  failed %s: %s\n", f.ID, f.Reason)
	}
	if r.Nodes != nil {
		fmt.Fprintf(&b, "Batches went to %s.\n", r.Nodes)
	}
	return b.String()
}
