package relayer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txmgr"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// feedNode is a node the event feed reads: its head is at block head, and while failHead
// or failLogs is set it answers that read with an error (a node restarting, a log query
// timing out).
type feedNode struct {
	head               atomic.Uint64
	failHead, failLogs atomic.Bool
	logs               atomic.Pointer[[]types.Log] // every read of events answers these
	logsErr            string                      // failLogs' error, if not the default; set before failLogs
}

// feedNodeEth is feedNode's eth_ namespace.
type feedNodeEth struct{ n *feedNode }

func (e feedNodeEth) GetBlockByNumber(_ context.Context, _ rpc.BlockNumber, _ bool) (*types.Header, error) {
	if e.n.failHead.Load() {
		return nil, errors.New("node is restarting")
	}
	return &types.Header{Number: new(big.Int).SetUint64(e.n.head.Load()), Difficulty: big.NewInt(2), Time: uint64(time.Now().Unix())}, nil
}

func (e feedNodeEth) GetLogs(_ context.Context, _ map[string]any) ([]types.Log, error) {
	if e.n.failLogs.Load() {
		if e.n.logsErr != "" {
			return nil, errors.New(e.n.logsErr)
		}
		return nil, errors.New("query timeout exceeded")
	}
	if logs := e.n.logs.Load(); logs != nil {
		return *logs, nil
	}
	return []types.Log{}, nil
}

// lockedBuffer is a log written by the feed's goroutines and read by the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// lines are the log lines holding msg.
func (l *lockedBuffer) lines(msg string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range strings.Split(l.b.String(), "\n") {
		if strings.Contains(line, msg) {
			out = append(out, line)
		}
	}
	return out
}

// feedWorld is an event feed on a feedNode, served on loopback, with its log and metrics.
type feedWorld struct {
	t    *testing.T
	node *feedNode
	s    *Service
	log  *lockedBuffer
	url  string // ws://
}

// startFeed runs the event feed alone (no keys, no journal) on a feedNode at block 10,
// polling every 10 ms, retrying after 5, 10, 20, 20... ms, stalled after stallAfter, with
// the plug-ins given.
func startFeed(t *testing.T, stallAfter time.Duration, plugins ...plugin.Plugin) *feedWorld {
	t.Helper()
	w := &feedWorld{t: t, node: &feedNode{}, log: &lockedBuffer{}}
	w.node.head.Store(10)
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", feedNodeEth{w.node}); err != nil {
		t.Fatal(err)
	}
	node := httptest.NewServer(srv)
	t.Cleanup(node.Close)
	rc, err := rpc.Dial(node.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	cfg := Config{Confirmations: 2, HeadMaxAge: time.Minute}
	cfg.TxMgr.PollInterval = 5 * time.Millisecond
	cfg.WS = WSConfig{SendBuffer: 8, ReadLimit: 4096, PongWait: time.Minute, PingInterval: 50 * time.Second, WriteWait: 5 * time.Second,
		MaxClients: 10, MaxClientsPerAddr: 10, ReplayBlocks: 100, StallAfter: stallAfter}
	// One hot key with its balance (a zero manager knows of none short): /readyz's key check
	// passes, and the feed's and the node's are what the tests see.
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	w.s = &Service{cfg: cfg, ec: ethclient.NewClient(rc), contracts: deploy.Addresses{}, names: map[common.Address]string{oldContract: "HealthConsent"},
		log: slog.New(slog.NewTextHandler(w.log, nil)), m: newMetrics(func() float64 { return 0 }), plugins: plugins,
		mgr: &txmgr.Manager{}, keys: []*ecdsa.PrivateKey{key}}
	h := newHub(w.s)
	w.s.hub = h
	h.retry = backoff{first: 5 * time.Millisecond, max: 20 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	if err := h.start(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { defer close(done); h.run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; h.closeAll() })
	feed := httptest.NewServer(http.HandlerFunc(h.serveWS))
	t.Cleanup(feed.Close)
	w.url = "ws" + strings.TrimPrefix(feed.URL, "http")
	return w
}

// metric is a series' value on /metrics (NaN, equal to nothing: not there).
func (w *feedWorld) metric(name string) float64 {
	w.t.Helper()
	rec := httptest.NewRecorder()
	w.s.m.handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	sc := bufio.NewScanner(rec.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				w.t.Fatalf("%s: %v", sc.Text(), err)
			}
			return f
		}
	}
	return math.NaN()
}

// ready is /readyz's answer: whether ready, and the feed's check ("events").
func (w *feedWorld) ready() (bool, string) {
	w.t.Helper()
	rec := httptest.NewRecorder()
	w.s.handleReady(rec, httptest.NewRequest("GET", "/readyz", nil))
	var out struct {
		Ready  bool              `json:"ready"`
		Checks map[string]string `json:"checks"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		w.t.Fatalf("/readyz %d %q: %v", rec.Code, rec.Body, err)
	}
	if out.Ready != (rec.Code == http.StatusOK) {
		w.t.Fatalf("/readyz %d says ready %v", rec.Code, out.Ready)
	}
	return out.Ready, out.Checks["events"]
}

// waitFor fails the test unless cond holds within 10 s.
func (w *feedWorld) waitFor(what string, cond func() bool) {
	w.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(2 * time.Millisecond) {
		if time.Now().After(deadline) {
			w.t.Fatalf("not within 10 s: %s\nlog:\n%s", what, strings.Join(w.log.lines(""), "\n"))
		}
	}
}

// subscribe connects a client for every event and waits until the feed has it.
func (w *feedWorld) subscribe() *websocket.Conn {
	w.t.Helper()
	conn, _, err := websocket.DefaultDialer.Dial(w.url, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { conn.Close() })
	if err := conn.WriteJSON(Subscription{}); err != nil {
		w.t.Fatal(err)
	}
	w.waitFor("the client registered", func() bool { return w.metric("relayer_ws_clients") == 1 })
	return conn
}

// TestFeedStalls: the feed's node fails its reads (the head, or the events of the blocks
// confirmed since). The feed retries with back-off, logs the failure once, counts each on
// /metrics and keeps its clients; after ws.stall_after it closes them with 1013 and a
// reason naming the stall, refuses new ones with 503, and keeps retrying; once the node
// answers it says so once (with the attempts) and takes clients again. /readyz says the
// feed stalled without failing for it (hub.readiness): only the node's check fails, when
// the node is what fails.
func TestFeedStalls(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fail   func(n *feedNode, on bool)
		behind float64 // relayer_feed_behind_blocks while it fails
		ready  bool    // /readyz while stalled
	}{
		// The head read says blocks 9 to 18 wait (head 20, 2 confirmations).
		{"the events", func(n *feedNode, on bool) { n.failLogs.Store(on) }, 10, true},
		// No head read: unknown (-1), never the last read's count (none behind), on which
		// an alert on blocks behind would never fire.
		{"the head", func(n *feedNode, on bool) { n.failHead.Store(on) }, -1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const stallAfter = time.Second
			w := startFeed(t, stallAfter)
			client := w.subscribe()
			w.waitFor("the feed at block 8", func() bool { return w.metric("relayer_feed_behind_blocks") == 0 })
			if ok, detail := w.ready(); !ok || detail != "following: events sent up to block 8" {
				t.Errorf("/readyz %v, events %q before failing", ok, detail)
			}

			tc.fail(w.node, true)
			w.node.head.Store(20)
			began := time.Now()
			w.waitFor("three failed reads", func() bool { return w.metric("relayer_feed_read_errors_total") >= 3 })
			if time.Since(began) < stallAfter/2 {
				// Still before ws.stall_after: the client is kept, nothing stalled.
				if got := w.metric("relayer_ws_clients"); got != 1 {
					t.Errorf("clients %v while failing for %s, want 1", got, time.Since(began))
				}
				if got := w.metric("relayer_feed_stalled"); got != 0 {
					t.Errorf("stalled %v before ws.stall_after", got)
				}
			}

			// The client is told, by a close code and reason, once ws.stall_after passed.
			client.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, _, err := client.ReadMessage()
			var ce *websocket.CloseError
			if !errors.As(err, &ce) || ce.Code != websocket.CloseTryAgainLater || ce.Text != stalledReason {
				t.Fatalf("client read %v, want close %d %q", err, websocket.CloseTryAgainLater, stalledReason)
			}
			if d := time.Since(began); d < stallAfter {
				t.Errorf("client closed after %s, before ws.stall_after %s", d, stallAfter)
			}
			if got := w.metric("relayer_feed_stalled"); got != 1 {
				t.Errorf("relayer_feed_stalled %v, want 1", got)
			}
			if got := w.metric("relayer_feed_behind_blocks"); got != tc.behind {
				t.Errorf("relayer_feed_behind_blocks %v, want %v", got, tc.behind)
			}
			if got := w.metric("relayer_feed_plugin_errors_total"); got != 0 {
				t.Errorf("relayer_feed_plugin_errors_total %v: the node failed, no plug-in", got)
			}
			// A new client is refused, told why and when to come back.
			_, resp, err := websocket.DefaultDialer.Dial(w.url, nil)
			if !errors.Is(err, websocket.ErrBadHandshake) || resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") != "30" {
				t.Fatalf("a client while stalled: %v %v, want 503 with Retry-After", err, resp)
			}
			resp.Body.Close()
			if ok, detail := w.ready(); ok != tc.ready || !strings.HasPrefix(detail, "stalled: ") {
				t.Errorf("/readyz while stalled: %v, events %q; want %v and the stall said", ok, detail, tc.ready)
			}
			// Reads go on; one log line each for failing and stalling, never one per read.
			n := w.metric("relayer_feed_read_errors_total")
			w.waitFor("reads go on while stalled", func() bool { return w.metric("relayer_feed_read_errors_total") > n })
			if got := w.log.lines("Cannot read events for the feed"); len(got) != 1 {
				t.Errorf("%d failure lines, want 1: %q", len(got), got)
			}
			if got := w.log.lines("Event feed stalled"); len(got) != 1 || !strings.Contains(got[0], "attempts=") {
				t.Errorf("stall lines %q, want one with the attempts", got)
			}

			tc.fail(w.node, false)
			w.waitFor("the feed reads again", func() bool { return w.metric("relayer_feed_stalled") == 0 })
			w.waitFor("the feed caught up", func() bool { return w.metric("relayer_feed_behind_blocks") == 0 })
			if got := w.log.lines("Event feed reads again"); len(got) != 1 || !strings.Contains(got[0], "attempts=") {
				t.Errorf("recovery lines %q, want one with the attempts", got)
			}
			w.subscribe()
			if ok, detail := w.ready(); !ok || !strings.HasPrefix(detail, "following: ") {
				t.Errorf("/readyz %v, events %q once reading again", ok, detail)
			}
		})
	}
}

// TestFeedStallsMidHandshake: a client whose connection was upgraded before the feed
// stalled and whose subscription comes after is not registered on the stalled feed (the
// stall's kick has passed: nothing would close it) but closed with 1013 as the others.
func TestFeedStallsMidHandshake(t *testing.T) {
	w := startFeed(t, 100*time.Millisecond)
	conn, _, err := websocket.DefaultDialer.Dial(w.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	w.node.failHead.Store(true)
	w.waitFor("the feed stalled", func() bool { return w.metric("relayer_feed_stalled") == 1 })
	if err := conn.WriteJSON(Subscription{}); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, _, err = conn.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseTryAgainLater || ce.Text != stalledReason {
		t.Fatalf("client read %v, want close %d %q", err, websocket.CloseTryAgainLater, stalledReason)
	}
	if got := w.metric("relayer_ws_clients"); got != 0 {
		t.Errorf("relayer_ws_clients %v on a stalled feed, want 0", got)
	}
}

// TestFeedReplayFailureReason: a replay the node cannot serve closes the client with 1011
// and a reason naming the node's error, cut to fit a close frame (123 bytes) on a UTF-8
// boundary however long the error: a longer reason would send no close frame at all.
func TestFeedReplayFailureReason(t *testing.T) {
	w := startFeed(t, time.Hour)
	w.node.logsErr = "조회 시간 초과: " + strings.Repeat("블록 범위가 너무 큽니다 ", 20)
	w.node.failLogs.Store(true)
	conn, _, err := websocket.DefaultDialer.Dial(w.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if err := conn.WriteJSON(Subscription{Cursor: "1-0"}); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, _, err = conn.ReadMessage()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.CloseInternalServerErr || !strings.HasPrefix(ce.Text, "cannot read past events: ") ||
		!strings.Contains(ce.Text, "조회 시간 초과") || len(ce.Text) > 123 || !utf8.ValidString(ce.Text) {
		t.Fatalf("client read %v, want close 1011 with the error cut to 123 bytes of UTF-8", err)
	}
}

// TestCloseReason: a close reason is cut to 123 bytes, never inside a character.
func TestCloseReason(t *testing.T) {
	for _, s := range []string{"", "short", strings.Repeat("a", 123), strings.Repeat("a", 124), strings.Repeat("블", 41), strings.Repeat("블", 42), "a" + strings.Repeat("블", 60), "ab" + strings.Repeat("블", 60)} {
		got := closeReason(s)
		if len(s) <= 123 && got != s {
			t.Errorf("closeReason(%q) = %q: a reason that fits is kept", s, got)
		}
		if len(got) > 123 || !utf8.ValidString(got) || len(got) < 118 && len(s) > 123 {
			t.Errorf("closeReason(%q) = %q (%d bytes): want at most 123 bytes of UTF-8, cut by a character at most", s, got, len(got))
		}
	}
}

// flakyDecoder is a plug-in whose decoding of oldTopic's logs fails its first fails calls,
// then succeeds: its own read of the chain not answering, or (lasting) a log it says can
// never be decoded (plugin.ErrUndecodable).
type flakyDecoder struct {
	plugin.AllowOnly
	fails   int64
	lasting bool
	calls   *atomic.Int64
}

func (d flakyDecoder) DecodeEvent(_ context.Context, l *types.Log) (*abidecode.Event, bool, error) {
	if l.Topics[0] != oldTopic {
		return nil, false, nil
	}
	if d.calls.Add(1) <= d.fails {
		if d.lasting {
			return nil, true, fmt.Errorf("record 0x1: its log holds 3 topics, want 4: %w", plugin.ErrUndecodable)
		}
		return nil, true, errors.New("read who anchored record 0x1: query timeout exceeded")
	}
	return &abidecode.Event{Name: "Accessed"}, true, nil
}

// TestFeedUndecodable: a plug-in that cannot decode an event now (its read of the chain
// failed) is retried as a failed read of the node: with back-off for as long as it takes,
// clients kept until ws.stall_after then told of the stall, and the event sent once it
// decodes, the feed reading on by itself; but the node answered, and the operator and the
// clients are told it is the plug-in: relayer_feed_plugin_errors_total (not
// relayer_feed_read_errors_total), a log line, the stall's reason and /readyz naming the
// plug-in and the event. Only an event the plug-in says can never be
// decoded (plugin.ErrUndecodable) stops the feed, at once: counted on
// relayer_feed_decode_errors_total (no failed read: the node answered), logged once with
// its contract, block, transaction and error, clients closed with 1011 and a reason naming
// the event, new ones refused with 503, /readyz naming it without failing (relayer_feed_stopped
// is the alert), and nothing read any more.
func TestFeedUndecodable(t *testing.T) {
	tx := common.HexToHash("0x7e57")
	for _, tc := range []struct {
		name       string
		dec        flakyDecoder
		stallAfter time.Duration
	}{
		{"a blink", flakyDecoder{fails: 2}, time.Hour},
		// 30 failures: about half a second of back-off, past ws.stall_after.
		{"past ws.stall_after", flakyDecoder{fails: 30}, 100 * time.Millisecond},
		{"for good", flakyDecoder{fails: 1 << 40, lasting: true}, time.Hour},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.dec.calls, tc.dec.Service = &atomic.Int64{}, "health"
			w := startFeed(t, tc.stallAfter, tc.dec)
			client := w.subscribe()
			w.waitFor("the feed at block 8", func() bool { return w.metric("relayer_feed_behind_blocks") == 0 })
			w.node.logs.Store(&[]types.Log{{Address: oldContract, Topics: []common.Hash{oldTopic}, Data: []byte{},
				BlockNumber: 15, TxHash: tx, Index: 3}})
			w.node.head.Store(20)

			client.SetReadDeadline(time.Now().Add(10 * time.Second))
			var e Event
			err := client.ReadJSON(&e)
			var ce *websocket.CloseError
			switch {
			case tc.dec.lasting:
				if !errors.As(err, &ce) || ce.Code != websocket.CloseInternalServerErr || !strings.Contains(ce.Text, "plug-in health cannot decode the HealthConsent event at block 15") {
					t.Fatalf("client read %v, want close 1011 naming the event", err)
				}
				if got := w.metric("relayer_feed_stopped"); got != 1 {
					t.Errorf("relayer_feed_stopped %v, want 1", got)
				}
				_, resp, err := websocket.DefaultDialer.Dial(w.url, nil)
				if !errors.Is(err, websocket.ErrBadHandshake) || resp.StatusCode != http.StatusServiceUnavailable {
					t.Fatalf("a client once stopped: %v %v, want 503", err, resp)
				}
				resp.Body.Close()
				// Said, not failing /readyz: every replica reads the same log and stops on it,
				// and failing them all would take the relay routes out of the load balancer.
				if ok, detail := w.ready(); !ok || !strings.Contains(detail, "cannot decode the") || !strings.Contains(detail, "block 15") || !strings.Contains(detail, "restarted") {
					t.Errorf("/readyz once stopped: %v, events %q; want ready, naming the event", ok, detail)
				}
				time.Sleep(100 * time.Millisecond) // several retries' worth: none is made
				if got := tc.dec.calls.Load(); got != 1 {
					t.Errorf("the plug-in was asked %d times, want once: retrying changes nothing", got)
				}
				if got := w.log.lines("Event feed stopped"); len(got) != 1 || !strings.Contains(got[0], tx.Hex()) || !strings.Contains(got[0], "block=15") ||
					!strings.Contains(got[0], "plugin=health") || !strings.Contains(got[0], "3 topics") {
					t.Errorf("stop lines %q, want one naming the transaction, block and error", got)
				}
				if got := w.metric("relayer_feed_decode_errors_total"); got != 1 {
					t.Errorf("relayer_feed_decode_errors_total %v, want 1", got)
				}
				if got := w.metric("relayer_feed_read_errors_total"); got != 0 {
					t.Errorf("relayer_feed_read_errors_total %v: the node answered", got)
				}
				return
			case tc.stallAfter < time.Second:
				// Stalled as on a node that fails its reads: told with 1013, and back; the
				// reason, the refusal and /readyz name the plug-in and the event, not the chain.
				const cause = "plug-in health cannot decode the HealthConsent event at block 15"
				if want := stallPrefix + cause + stallSuffix; !errors.As(err, &ce) || ce.Code != websocket.CloseTryAgainLater || ce.Text != want {
					t.Fatalf("client read %v, want close %d %q", err, websocket.CloseTryAgainLater, want)
				}
				if ok, detail := w.ready(); !ok || !strings.HasPrefix(detail, "stalled: "+cause) {
					t.Errorf("/readyz while stalled: %v, events %q; want ready, the stall's cause said", ok, detail)
				}
				if msg, later := w.s.hub.refusal(); !later || !strings.Contains(msg, cause) {
					t.Errorf("a new client while stalled is told %q (later %v); want the plug-in named", msg, later)
				}
				w.waitFor("the feed reads again", func() bool { return w.metric("relayer_feed_stalled") == 0 })
				// Replayed to a client that comes back with its cursor.
				client, _, err = websocket.DefaultDialer.Dial(w.url, nil)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { client.Close() })
				if err := client.WriteJSON(Subscription{Cursor: "8-0"}); err != nil {
					t.Fatal(err)
				}
				client.SetReadDeadline(time.Now().Add(10 * time.Second))
				err = client.ReadJSON(&e)
				fallthrough
			default:
				if err != nil || e.Event != "Accessed" || e.Cursor != "15-3" {
					t.Fatalf("client read %+v, %v; want the event once decoded", e, err)
				}
			}
			if got := w.metric("relayer_feed_stopped"); got != 0 {
				t.Errorf("relayer_feed_stopped %v: a failure for now stopped the feed", got)
			}
			if got := w.metric("relayer_feed_plugin_errors_total"); got != float64(tc.dec.fails) {
				t.Errorf("relayer_feed_plugin_errors_total %v, want %d", got, tc.dec.fails)
			}
			if got := w.metric("relayer_feed_read_errors_total"); got != 0 {
				t.Errorf("relayer_feed_read_errors_total %v: the node answered", got)
			}
			if got := w.metric("relayer_feed_decode_errors_total"); got != 0 {
				t.Errorf("relayer_feed_decode_errors_total %v, want 0: the event decodes", got)
			}
			if got := w.log.lines("Cannot read events for the feed"); len(got) != 0 {
				t.Errorf("%q: the node answered", got)
			}
			got := w.log.lines("a plug-in cannot decode an event")
			if len(got) != 1 {
				t.Fatalf("%d failure lines, want 1: %q", len(got), got)
			}
			for _, f := range []string{"plugin=health", "block=15", "plug-in health cannot decode the HealthConsent event " + oldTopic.Hex() + " at block 15", tx.Hex(), "query timeout exceeded"} {
				if !strings.Contains(got[0], f) {
					t.Errorf("failure line %q lacks %s", got[0], f)
				}
			}
			if ok, detail := w.ready(); !ok || !strings.HasPrefix(detail, "following: ") {
				t.Errorf("/readyz %v, events %q once decoded", ok, detail)
			}
		})
	}
}

// TestFeedFailureCauseChanges: a feed stalled on its node that answers again while a
// plug-in's decoding keeps failing stays stalled, now saying the plug-in is why: one log
// line for each cause, each counted on its own metric, /readyz and a new client told the
// cause of the last read.
func TestFeedFailureCauseChanges(t *testing.T) {
	w := startFeed(t, 50*time.Millisecond, flakyDecoder{AllowOnly: plugin.AllowOnly{Service: "health"}, fails: 1 << 40, calls: &atomic.Int64{}})
	w.waitFor("the feed at block 8", func() bool { return w.metric("relayer_feed_behind_blocks") == 0 })
	w.node.logs.Store(&[]types.Log{{Address: oldContract, Topics: []common.Hash{oldTopic}, Data: []byte{}, BlockNumber: 15}})
	w.node.failLogs.Store(true)
	w.node.head.Store(20)
	w.waitFor("the feed stalled", func() bool { return w.metric("relayer_feed_stalled") == 1 })
	if _, detail := w.ready(); !strings.HasPrefix(detail, "stalled: "+nodeCause) {
		t.Errorf("/readyz on a stalled node: events %q", detail)
	}

	w.node.failLogs.Store(false)
	w.waitFor("the plug-in failing twice", func() bool { return w.metric("relayer_feed_plugin_errors_total") >= 2 })
	const cause = "plug-in health cannot decode the HealthConsent event at block 15"
	if ok, detail := w.ready(); !ok || !strings.HasPrefix(detail, "stalled: "+cause) {
		t.Errorf("/readyz once the node answers: %v, events %q; want ready, stalled on the plug-in", ok, detail)
	}
	if msg, _ := w.s.hub.refusal(); !strings.Contains(msg, cause) {
		t.Errorf("a new client is told %q; want the plug-in named", msg)
	}
	for msg, want := range map[string]int{"Cannot read events for the feed": 1, "a plug-in cannot decode an event": 1, "Event feed stalled": 1, "Event feed reads again": 0} {
		if got := w.log.lines(msg); len(got) != want {
			t.Errorf("%d lines %q, want %d: %q", len(got), msg, want, got)
		}
	}
	if w.metric("relayer_feed_read_errors_total") < 1 {
		t.Errorf("relayer_feed_read_errors_total: the node's failures not counted")
	}
}

// TestFeedBackoff: the wait doubles from the first to the cap and stays there.
func TestFeedBackoff(t *testing.T) {
	for attempts, want := range map[int]time.Duration{
		1: 500 * time.Millisecond, 2: time.Second, 3: 2 * time.Second, 6: 16 * time.Second,
		7: 30 * time.Second, 8: 30 * time.Second, 1_000_000: 30 * time.Second,
	} {
		if got := feedBackoff.after(attempts); got != want {
			t.Errorf("after %d failed reads: wait %s, want %s", attempts, got, want)
		}
	}
}
