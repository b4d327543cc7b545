package relayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/gorilla/websocket"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// Event is one decoded contract event as the feed sends it. Cursor orders events (block,
// then log index); a client that reconnects with the last cursor it received gets every
// later event exactly once.
type Event struct {
	Contract string            `json:"contract"`
	Address  common.Address    `json:"address"`
	Event    string            `json:"event"`
	Fields   map[string]string `json:"fields"`
	Block    uint64            `json:"block"`
	Tx       common.Hash       `json:"tx"`
	LogIndex uint              `json:"logIndex"`
	Cursor   string            `json:"cursor"`
}

// Subscription is the first message a client sends: which events, and from where.
type Subscription struct {
	Contracts []string `json:"contracts"` // names (SCoin, MVoting, ...); empty: all
	Events    []string `json:"events"`    // event names; empty: all
	Address   string   `json:"address"`   // only events with this address in a field
	Cursor    string   `json:"cursor"`    // replay events after this one; empty: live only
}

// cursor is an event's place: block and log index.
type cursor struct{ block, index uint64 }

func (c cursor) String() string { return fmt.Sprintf("%d-%d", c.block, c.index) }

func parseCursor(s string) (cursor, error) {
	b, i, ok := strings.Cut(s, "-")
	if !ok {
		return cursor{}, fmt.Errorf("cursor %q: want BLOCK-LOGINDEX as the feed sent it", s)
	}
	block, err1 := strconv.ParseUint(b, 10, 64)
	index, err2 := strconv.ParseUint(i, 10, 64)
	if err1 != nil || err2 != nil {
		return cursor{}, fmt.Errorf("cursor %q: want BLOCK-LOGINDEX as the feed sent it", s)
	}
	return cursor{block, index}, nil
}

type filter struct {
	contracts map[common.Address]bool
	events    map[string]bool
	address   *common.Address
}

func (f filter) match(e *Event) bool {
	if len(f.contracts) > 0 && !f.contracts[e.Address] {
		return false
	}
	if len(f.events) > 0 && !f.events[e.Event] {
		return false
	}
	if f.address != nil {
		want := f.address.Hex()
		for _, v := range e.Fields {
			if strings.EqualFold(v, want) {
				return true
			}
		}
		return false
	}
	return true
}

// hub follows the chain to the confirmation depth and fans events out to clients.
type hub struct {
	s        *Service
	upgrader websocket.Upgrader
	addrs    []common.Address

	mu        sync.Mutex
	confirmed uint64 // every event up to this block has gone to the clients
	clients   map[*client]bool
	closed    bool
	conns     int            // open feed connections, registered or still subscribing
	perAddr   map[string]int // open feed connections by client IP

	// replays bounds the replay pages read and written at once: each holds one page of
	// events, so 2,000 clients replaying from 0-0 hold at most cap(replays) pages.
	replays chan struct{}

	// stalled is set (under mu) while the feed's reads have failed for ws.stall_after, since
	// stalledSince: new clients are refused until a read succeeds. stallCause is what fails
	// them, the last read's (see failed).
	stalled      bool
	stalledSince time.Time
	stallCause   string
	// stopped, once set (under mu), is why the feed stopped for good: an event a plug-in
	// says can never be decoded (see undecodable). No client is taken any more.
	stopped string
	// The run loop's own: failed reads in a row, since when, what failed the last (its
	// cause: one log line per change), and the back-off.
	attempts     int
	failingSince time.Time
	cause        string
	retry        backoff
}

// backoff is the wait before the next read after failed ones: first, doubled after each
// failure, at most max. A node that is down is asked every max at the most, never every
// poll, and for as long as it takes.
type backoff struct{ first, max time.Duration }

// feedBackoff is the event feed's: half a second (a node that blinked), up to 30 s.
var feedBackoff = backoff{first: 500 * time.Millisecond, max: 30 * time.Second}

// after is the wait after attempts failed reads in a row (attempts ≥ 1).
func (b backoff) after(attempts int) time.Duration {
	d := b.first
	for i := 1; i < attempts && d < b.max; i++ {
		d *= 2
	}
	return min(d, b.max)
}

// The close reason the feed's clients get when it stalls is stallPrefix, its cause and
// stallSuffix (a close frame's reason holds 123 bytes at the most: closeReason cuts it):
// stalledReason when the node fails the feed's reads (nodeCause), a plug-in's cause
// (decodeError.cause) when the node answers and the plug-in's decoding fails.
const (
	stallPrefix   = "event feed stalled: "
	stallSuffix   = "; reconnect later with your last cursor"
	nodeCause     = "the relayer cannot read the chain"
	stalledReason = stallPrefix + nodeCause + stallSuffix
)

// maxReplayPages is how many replay pages are in memory at once, over all clients.
const maxReplayPages = 8

type client struct {
	conn   *websocket.Conn
	f      filter
	send   chan []Event // the events of one poll (one or more blocks) per item
	kick   chan closing // why to close
	replay *cursor
	upTo   uint64 // replay covers blocks up to here; live events come after
	slow   sync.Once
}

// closing is why a client's connection is closed: a close frame's code and reason, or
// none (the zero value: the client went away).
type closing struct {
	code   int
	reason string
}

// tooSlow counts a client dropped for being slow, once whichever way it was noticed.
func (h *hub) tooSlow(c *client) {
	c.slow.Do(func() {
		h.s.m.wsDropped.Inc()
		h.s.log.Info("Event feed client too slow; disconnected", "remote", c.conn.RemoteAddr())
	})
}

func newHub(s *Service) *hub {
	h := &hub{s: s, clients: map[*client]bool{}, perAddr: map[string]int{}, replays: make(chan struct{}, maxReplayPages), retry: feedBackoff}
	for _, a := range s.contracts {
		h.addrs = append(h.addrs, a)
	}
	allowed := map[string]bool{}
	for _, o := range s.cfg.WS.Origins {
		allowed[strings.TrimSuffix(o, "/")] = true
	}
	h.upgrader = websocket.Upgrader{
		ReadBufferSize: 1024, WriteBufferSize: 4096,
		// Browsers send Origin; only listed origins may open the feed. Clients that are not
		// browsers send none.
		CheckOrigin: func(r *http.Request) bool {
			o := r.Header.Get("Origin")
			return o == "" || allowed[o]
		},
	}
	return h
}

func (h *hub) confirmedHead(ctx context.Context) (uint64, error) {
	head, err := h.s.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	n := head.Number.Uint64()
	if n < h.s.cfg.Confirmations {
		return 0, nil
	}
	return n - h.s.cfg.Confirmations, nil
}

func (h *hub) start(ctx context.Context) error {
	c, err := h.confirmedHead(ctx)
	if err != nil {
		return fmt.Errorf("read the chain head: %w", err)
	}
	h.confirmed = c
	return nil
}

// run follows the chain: each poll it sends the clients the events of the blocks newly
// confirmed. A failed read (of the node, or a plug-in's decoding that failed for now) is
// retried with back-off (h.retry) for as long as it fails; see failed for what the clients
// and the operator are told. Only an event a plug-in says can never be decoded stops it
// (see undecodable).
func (h *hub) run(ctx context.Context) {
	poll := h.s.cfg.TxMgr.PollInterval * 2
	t := time.NewTimer(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		wait := poll
		err := h.step(ctx)
		var u *decodeError
		switch {
		case err != nil && ctx.Err() != nil:
			return
		case errors.As(err, &u) && errors.Is(u, plugin.ErrUndecodable):
			h.recovered() // the node answered
			h.undecodable(u)
			return
		case err != nil:
			wait = h.failed(err)
		default:
			h.recovered()
		}
		t.Reset(wait)
	}
}

// step reads the confirmed head and sends the clients the events up to it.
func (h *hub) step(ctx context.Context) error {
	target, err := h.confirmedHead(ctx)
	if err != nil {
		// How far behind is unknown without a head: -1, not the last read's count, which
		// would show a feed stalled on a dead node as up to date (an alert on blocks
		// behind would never fire). Alert on < 0 too, or on relayer_feed_stalled.
		h.s.m.feedBehind.Set(-1)
		return fmt.Errorf("read the chain head: %w", err)
	}
	from := h.current() + 1
	h.s.m.feedBehind.Set(float64(target - min(target, from-1)))
	if target < from {
		return nil
	}
	evs, err := h.fetch(ctx, from, target)
	if err != nil {
		return fmt.Errorf("read the events of blocks %d to %d: %w", from, target, err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		var mine []Event
		for _, e := range evs {
			if c.f.match(&e) {
				mine = append(mine, e)
			}
		}
		if len(mine) == 0 {
			continue
		}
		select {
		case c.send <- mine:
		default:
			// A slow client is dropped, never waited for: the others keep receiving.
			// It reconnects with its last cursor and misses nothing.
			h.dropLocked(c, "send buffer full: client too slow; reconnect with your last cursor")
		}
	}
	h.confirmed = target
	h.s.m.feedBehind.Set(0)
	return nil
}

// failed counts a failed read and returns the wait before the next. The operator gets one
// log line when reads start failing (and one each time what fails changes), one when the
// feed stalls and one when it reads again (with the attempts), and the metrics
// (relayer_feed_*) meanwhile; each attempt only at debug.
//
// A plug-in's decoding that failed for now (its error wraps no plugin.ErrUndecodable), the
// node having answered the feed's own reads (the head, the logs), is told from the node's
// failure: counted on relayer_feed_plugin_errors_total (not relayer_feed_read_errors_total),
// its log line and the stall's reason name the plug-in and the event ("plug-in X cannot
// decode the C event at block N", not the chain). It is retried all the same, with the same
// back-off, for as long as it fails: most often it is the plug-in's own read of the chain
// that failed (passing); a plug-in that cannot decode the log at all and does not say
// ErrUndecodable (a third-party plug-in not updated) is the operator's to fix, and the
// error in the log line is how they tell the two apart.
//
// The clients keep their connections while reads fail for less than ws.stall_after (5
// minutes): a node restarting or a moment's overload would otherwise close every
// connection at once, and every client reconnecting with its cursor would replay from the
// same struggling node. Past that, a city relayer's operator would rather its clients
// (apps showing payments, back-office dashboards) knew than waited on a connection whose
// pings still pass but which brings nothing: they are closed with 1013 (try again later)
// and a reason naming the stall, new connections are refused with 503 and Retry-After,
// and the reads go on every 30 s; once one succeeds clients connect again, and replay
// from their cursors misses nothing.
func (h *hub) failed(err error) time.Duration {
	cause, plug := nodeCause, (*decodeError)(nil)
	if errors.As(err, &plug) {
		cause = plug.cause()
		h.s.m.feedPluginErrors.Inc()
	} else {
		h.s.m.feedReadErrors.Inc()
	}
	h.attempts++
	wait := h.retry.after(h.attempts)
	if h.attempts == 1 {
		h.failingSince = time.Now()
	}
	switch {
	case h.attempts > 1 && cause == h.cause:
		h.s.log.Debug("Event feed read failed again", "attempts", h.attempts, "err", err, "retry_in", wait)
	case plug != nil:
		h.s.log.Warn("Event feed: a plug-in cannot decode an event, the node answering the feed's reads; retrying with back-off",
			"plugin", plug.plugin, "contract", plug.contract, "block", plug.block, "tx", plug.tx.Hex(), "log_index", plug.index,
			"attempts", h.attempts, "err", err, "retry_in", wait)
	default:
		h.s.log.Warn("Cannot read events for the feed; retrying with back-off", "from", h.current()+1, "attempts", h.attempts, "err", err, "retry_in", wait)
	}
	h.cause = cause
	h.mu.Lock()
	h.stallCause = cause // said while stalled, as it changes
	stalled := h.stalled
	h.mu.Unlock()
	if failing := time.Since(h.failingSince); failing >= h.s.cfg.WS.StallAfter && !stalled {
		h.s.m.feedStalled.Set(1) // before the clients hear: one that looks sees it
		h.mu.Lock()
		h.stalled, h.stalledSince = true, h.failingSince
		n := len(h.clients)
		for c := range h.clients {
			h.kickLocked(c, closing{websocket.CloseTryAgainLater, stallPrefix + cause + stallSuffix})
		}
		h.mu.Unlock()
		h.s.log.Error("Event feed stalled: clients disconnected and new ones refused until a read succeeds; still retrying",
			"cause", cause, "attempts", h.attempts, "failing_for", failing.Round(time.Second), "clients", n, "err", err, "retry_every", h.retry.max)
	}
	return wait
}

// undecodable stops the feed on an event a plug-in says can never be decoded
// (plugin.ErrUndecodable). A plug-in's error that does not say so is a read of the chain
// that failed for now, and goes the way of any failed read (failed): retried with back-off,
// the feed stalled past ws.stall_after, reading on by itself once the node answers.
//
// The node answered: this is no node failure, and is neither counted nor logged as one
// (relayer_feed_decode_errors_total, one log line naming the contract, block, transaction
// and error). The feed stops rather than skip the event or retry it: a client's cursor
// promises every event, once, with no gap (a health app's record accesses are an audit
// trail), so skipping would lose the event for every client without them knowing, and
// retrying an event its plug-in cannot decode changes nothing. The clients are closed with
// 1011 and a reason naming the event, new ones refused with 503, /readyz names it (without
// failing: see readiness), and the operator is told (an error line, relayer_feed_stopped,
// the alert) to fix it and restart the relayer, whose clients then resume from their
// cursors.
func (h *hub) undecodable(u *decodeError) {
	h.s.m.feedDecodeErrors.Inc()
	reason := "event feed stopped: " + u.cause() + "; ask the relayer's operator"
	h.s.m.feedStopped.Set(1) // before the clients hear: one that looks sees it
	h.mu.Lock()
	h.stopped = reason
	n := len(h.clients)
	for c := range h.clients {
		h.kickLocked(c, closing{websocket.CloseInternalServerErr, reason})
	}
	h.mu.Unlock()
	h.s.log.Error("Event feed stopped: an event cannot be decoded; fix the plug-in, then restart the relayer",
		"plugin", u.plugin, "contract", u.contract, "address", u.address, "block", u.block, "tx", u.tx.Hex(), "log_index", u.index, "err", u.err, "clients", n)
}

// recovered ends a run of failed reads, if there was one.
func (h *hub) recovered() {
	if h.attempts == 0 {
		return
	}
	h.s.log.Info("Event feed reads again", "attempts", h.attempts, "failed_for", time.Since(h.failingSince).Round(time.Second))
	h.attempts, h.cause = 0, ""
	h.mu.Lock()
	h.stalled = false
	h.mu.Unlock()
	h.s.m.feedStalled.Set(0)
}

// refusedLocked is how a client upgraded already is closed when the feed takes no client
// now (zero: it takes them).
func (h *hub) refusedLocked() closing {
	switch {
	case h.closed:
		return closing{websocket.CloseGoingAway, "relayer shutting down"}
	case h.stopped != "":
		return closing{websocket.CloseInternalServerErr, h.stopped}
	case h.stalled:
		return closing{websocket.CloseTryAgainLater, stallPrefix + h.stallCause + stallSuffix}
	}
	return closing{}
}

// readiness is the feed's check on /readyz: what it does, never a failure of /readyz. A
// stopped or stalled feed is said there without failing readiness: the relay routes still
// work, and taking them out of a load balancer for the feed's sake would stop citizens'
// requests too, on every replica at once when the cause is the chain's (every replica
// reads the same malformed log, and stops on it), while the feed's clients are told
// already (1011 or 1013, 503) and relayer_feed_stopped and relayer_feed_stalled are there
// to alert on. When the node is down the node check fails /readyz already.
func (h *hub) readiness() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.stopped != "":
		return h.stopped + "; it serves again once the relayer is fixed and restarted"
	case h.stalled:
		return fmt.Sprintf("stalled: %s (failing since %s), clients refused; retrying, it resumes by itself once a read succeeds",
			h.stallCause, h.stalledSince.UTC().Format(time.RFC3339))
	}
	return fmt.Sprintf("following: events sent up to block %d", h.confirmed)
}

// refusal is why the feed takes no new client now ("": it takes them), and whether the
// client may come back later by itself.
func (h *hub) refusal() (msg string, later bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.stopped != "":
		return h.stopped + "; the feed serves again once the relayer is fixed and restarted", false
	case h.stalled:
		return "the event feed is stalled: " + h.stallCause + "; retry later with your last cursor", true
	}
	return "", false
}

func (h *hub) current() uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.confirmed
}

func (h *hub) dropLocked(c *client, reason string) {
	if !h.clients[c] {
		return
	}
	h.tooSlow(c)
	h.kickLocked(c, closing{websocket.ClosePolicyViolation, reason})
}

// kickLocked unregisters c and has its write pump close the connection with why.
func (h *hub) kickLocked(c *client, why closing) {
	delete(h.clients, c)
	h.s.m.wsClients.Dec()
	select {
	case c.kick <- why:
	default:
	}
}

func (h *hub) remove(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.clients[c] {
		delete(h.clients, c)
		h.s.m.wsClients.Dec()
	}
}

func (h *hub) closeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.clients {
		h.kickLocked(c, closing{websocket.CloseGoingAway, "relayer shutting down"})
	}
}

// fetch reads and decodes the contracts' logs in [from, to], in chunks.
func (h *hub) fetch(ctx context.Context, from, to uint64) ([]Event, error) {
	const chunk = 5000
	var out []Event
	for lo := from; lo <= to; lo += chunk {
		hi := min(lo+chunk-1, to)
		logs, err := h.s.ec.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi), Addresses: h.addrs,
		})
		if err != nil {
			return nil, err
		}
		for i := range logs {
			l := &logs[i]
			e, ok, err := h.decode(ctx, l)
			if err != nil {
				return nil, err
			}
			if ok {
				out = append(out, e)
			}
		}
	}
	return out, nil
}

// decodeError is a log a plug-in could not decode (hub.decode): for now (most often its
// read of the chain: hub.failed), or for good when it wraps plugin.ErrUndecodable
// (hub.undecodable).
type decodeError struct {
	plugin   string
	contract string
	address  common.Address
	event    common.Hash // the log's first topic: its event's ID
	block    uint64
	tx       common.Hash
	index    uint
	err      error
}

func (u *decodeError) Error() string {
	return fmt.Sprintf("plug-in %s cannot decode the %s event %s at block %d (transaction %s, log %d): %v",
		u.plugin, u.contract, u.event.Hex(), u.block, u.tx.Hex(), u.index, u.err)
}

// cause is the error's gist, short enough for a close frame's reason with the words around it.
func (u *decodeError) cause() string {
	return fmt.Sprintf("plug-in %s cannot decode the %s event at block %d", u.plugin, u.contract, u.block)
}

func (u *decodeError) Unwrap() error { return u.err }

// decode decodes l with the contracts' ABIs or, failing those, by the plug-ins that decode
// events their contracts' current ABIs no longer declare (plugin.EventDecoder); an error
// is a plug-in's that could not decode its event, a *decodeError naming it (retried as a
// failed read, or the feed stops when it wraps plugin.ErrUndecodable: see hub.run; the
// event is never left out).
func (h *hub) decode(ctx context.Context, l *types.Log) (Event, bool, error) {
	d, err := abidecode.DecodeLog(l, h.s.allABIs...)
	for _, p := range h.s.plugins {
		if dec, ok := p.(plugin.EventDecoder); ok && err != nil {
			e, handled, derr := dec.DecodeEvent(ctx, l)
			if derr != nil {
				u := &decodeError{plugin: p.Name(), contract: h.s.names[l.Address], address: l.Address, block: l.BlockNumber, tx: l.TxHash, index: l.Index, err: derr}
				if len(l.Topics) > 0 {
					u.event = l.Topics[0]
				}
				return Event{}, false, u
			}
			if handled {
				d, err = e, nil
			}
		}
	}
	if err != nil {
		return Event{}, false, nil
	}
	fields := map[string]string{}
	for _, f := range d.Fields {
		fields[f.Name] = f.Value
	}
	return Event{Contract: h.s.names[l.Address], Address: l.Address, Event: d.Name, Fields: fields,
		Block: l.BlockNumber, Tx: l.TxHash, LogIndex: l.Index, Cursor: cursor{l.BlockNumber, uint64(l.Index)}.String()}, true, nil
}

// admit counts a new feed connection from addr, or refuses it over the caps.
func (h *hub) admit(addr string) error {
	ws := h.s.cfg.WS
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.conns >= ws.MaxClients {
		return fmt.Errorf("the event feed has %d connections (ws.max_clients): retry later", h.conns)
	}
	if h.perAddr[addr] >= ws.MaxClientsPerAddr {
		return fmt.Errorf("%d event feed connections from %s (ws.max_clients_per_addr): close some", h.perAddr[addr], addr)
	}
	h.conns++
	h.perAddr[addr]++
	return nil
}

func (h *hub) release(addr string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.conns--
	if h.perAddr[addr]--; h.perAddr[addr] <= 0 {
		delete(h.perAddr, addr)
	}
}

func (h *hub) serveWS(w http.ResponseWriter, r *http.Request) {
	addr, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		addr = r.RemoteAddr
	}
	if msg, later := h.refusal(); msg != "" {
		if later {
			w.Header().Set("Retry-After", "30")
		}
		writeJSON(w, http.StatusServiceUnavailable, apiError{Error: msg})
		return
	}
	if err := h.admit(addr); err != nil {
		w.Header().Set("Retry-After", "10")
		writeJSON(w, http.StatusTooManyRequests, apiError{Error: err.Error()})
		return
	}
	defer h.release(addr)
	conn, err := h.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	ws := h.s.cfg.WS
	if tcp, ok := conn.UnderlyingConn().(*net.TCPConn); ok && ws.SocketBuffer > 0 {
		tcp.SetWriteBuffer(ws.SocketBuffer)
	}
	conn.SetReadLimit(ws.ReadLimit)
	conn.SetReadDeadline(time.Now().Add(ws.PongWait))
	var sub Subscription
	if err := conn.ReadJSON(&sub); err != nil {
		closeWith(conn, websocket.CloseUnsupportedData, `first message must be a subscription: {"contracts": [], "events": [], "address": "", "cursor": ""}`, ws.WriteWait)
		return
	}
	c := &client{conn: conn, send: make(chan []Event, ws.SendBuffer), kick: make(chan closing, 1)}
	c.f.contracts = map[common.Address]bool{}
	for _, name := range sub.Contracts {
		a, ok := h.s.contracts[name]
		if !ok {
			closeWith(conn, websocket.ClosePolicyViolation, fmt.Sprintf("unknown contract %q", name), ws.WriteWait)
			return
		}
		c.f.contracts[a] = true
	}
	if len(sub.Events) > 0 {
		c.f.events = map[string]bool{}
		for _, e := range sub.Events {
			c.f.events[e] = true
		}
	}
	if sub.Address != "" {
		if !common.IsHexAddress(sub.Address) {
			closeWith(conn, websocket.ClosePolicyViolation, fmt.Sprintf("address %q is not an address", sub.Address), ws.WriteWait)
			return
		}
		a := common.HexToAddress(sub.Address)
		c.f.address = &a
	}
	if sub.Cursor != "" {
		cur, err := parseCursor(sub.Cursor)
		if err != nil {
			closeWith(conn, websocket.ClosePolicyViolation, err.Error(), ws.WriteWait)
			return
		}
		c.replay = &cur
	}
	// Registered and told where live delivery starts in one step: replay covers up to
	// upTo, live events come after it; nothing falls between, nothing twice. The feed may
	// have stalled, stopped or closed since the check before the upgrade, and then kicked
	// its clients already: checked again here, under the lock those take.
	h.mu.Lock()
	if why := h.refusedLocked(); why.code != 0 {
		h.mu.Unlock()
		closeWith(conn, why.code, why.reason, ws.WriteWait)
		return
	}
	c.upTo = h.confirmed
	h.clients[c] = true
	h.s.m.wsClients.Inc()
	h.mu.Unlock()

	go h.readPump(c)
	h.writePump(r.Context(), c)
}

// readPump reads (and discards) client messages so that pongs and close frames are seen.
func (h *hub) readPump(c *client) {
	defer func() {
		h.remove(c)
		select {
		case c.kick <- closing{}:
		default:
		}
	}()
	pong := h.s.cfg.WS.PongWait
	c.conn.SetReadDeadline(time.Now().Add(pong))
	c.conn.SetPongHandler(func(string) error { return c.conn.SetReadDeadline(time.Now().Add(pong)) })
	for {
		if _, _, err := c.conn.ReadMessage(); err != nil {
			h.s.log.Debug("Event feed client stopped reading", "remote", c.conn.RemoteAddr(), "err", err)
			return
		}
	}
}

func (h *hub) writePump(ctx context.Context, c *client) {
	ws := h.s.cfg.WS
	ping := time.NewTicker(ws.PingInterval)
	defer func() {
		ping.Stop()
		h.remove(c)
		c.conn.Close()
	}()
	write := func(e Event) bool {
		c.conn.SetWriteDeadline(time.Now().Add(ws.WriteWait))
		if err := c.conn.WriteJSON(e); err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				// Its socket stayed full for the whole write wait: as slow as a full queue.
				h.tooSlow(c)
				return false
			}
			h.s.log.Debug("Event feed client gone", "remote", c.conn.RemoteAddr(), "err", err)
			return false
		}
		return true
	}
	if c.replay != nil && !h.replay(ctx, c, write) {
		return
	}
	for {
		select {
		case evs := <-c.send:
			for _, e := range evs {
				if !write(e) {
					return
				}
			}
		case why := <-c.kick:
			if why.code != 0 {
				closeWith(c.conn, why.code, why.reason, ws.WriteWait)
			}
			return
		case <-ping.C:
			c.conn.SetWriteDeadline(time.Now().Add(ws.WriteWait))
			if err := c.conn.WriteMessage(websocket.PingMessage, nil); err != nil {
				return
			}
		}
	}
}

// replay sends the client's past events, from its cursor up to where live delivery starts,
// one page of blocks at a time: a page is read and written while holding one of the
// hub's replay slots, so memory stays bounded however many clients replay at once.
func (h *hub) replay(ctx context.Context, c *client, write func(Event) bool) bool {
	ws := h.s.cfg.WS
	for lo := c.replay.block; lo <= c.upTo; {
		hi := min(lo+ws.ReplayBlocks-1, c.upTo)
		select {
		case h.replays <- struct{}{}:
		case <-ctx.Done():
			return false
		case why := <-c.kick:
			if why.code != 0 {
				closeWith(c.conn, why.code, why.reason, ws.WriteWait)
			}
			return false
		}
		ok := func() bool {
			defer func() { <-h.replays }()
			evs, err := h.fetch(ctx, lo, hi)
			if errors.Is(err, plugin.ErrUndecodable) {
				h.s.m.feedDecodeErrors.Inc()
			}
			if err != nil {
				closeWith(c.conn, websocket.CloseInternalServerErr, "cannot read past events: "+err.Error(), ws.WriteWait)
				return false
			}
			for _, e := range evs {
				if e.Block == c.replay.block && uint64(e.LogIndex) <= c.replay.index {
					continue
				}
				if c.f.match(&e) && !write(e) {
					return false
				}
			}
			return true
		}()
		if !ok {
			return false
		}
		if hi == c.upTo {
			break
		}
		lo = hi + 1
	}
	return true
}

func closeWith(conn *websocket.Conn, code int, reason string, wait time.Duration) {
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, closeReason(reason)), time.Now().Add(wait))
	conn.Close()
}

// maxCloseReason is the most bytes a close frame's reason holds: a control frame carries
// 125 bytes, 2 of them the code. gorilla/websocket sends no frame at all for a longer one,
// and the client would see only an abnormal closure.
const maxCloseReason = 123

// closeReason is reason cut to fit a close frame, on a character's boundary (a node's
// error may be in Korean), with "…" saying it was cut.
func closeReason(reason string) string {
	if len(reason) <= maxCloseReason {
		return reason
	}
	const more = "…"
	cut := maxCloseReason - len(more)
	for cut > 0 && !utf8.RuneStart(reason[cut]) {
		cut--
	}
	return reason[:cut] + more
}
