package relayer

import (
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// metrics are the relayer's Prometheus series, in a registry of its own (no globals).
type metrics struct {
	reg                                     *prometheus.Registry
	sent, mined, failed, resubmitted, reorg prometheus.Counter
	confirmed                               prometheus.Counter
	lowBalance                              *prometheus.GaugeVec
	accepted, refused                       *prometheus.CounterVec
	wsClients                               prometheus.Gauge
	wsDropped                               prometheus.Counter
	feedReadErrors, feedDecodeErrors        prometheus.Counter
	feedPluginErrors                        prometheus.Counter
	feedBehind, feedStalled, feedStopped    prometheus.Gauge
	latency                                 *prometheus.HistogramVec
	httpDuration                            *prometheus.HistogramVec
}

func newMetrics(queueDepth func() float64) *metrics {
	reg := prometheus.NewRegistry()
	c := func(name, help string) prometheus.Counter {
		m := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "relayer", Name: name, Help: help})
		reg.MustRegister(m)
		return m
	}
	m := &metrics{
		reg:         reg,
		sent:        c("tx_sent_total", "Transactions signed, journaled and broadcast."),
		mined:       c("tx_mined_total", "Transactions found in a block."),
		confirmed:   c("tx_confirmed_total", "Transactions at the confirmation depth."),
		failed:      c("tx_failed_total", "Jobs that failed (would revert, or reverted on chain)."),
		resubmitted: c("tx_resubmitted_total", "Transactions sent again with higher fees."),
		reorg:       c("tx_reorged_total", "Transactions whose block fell out in a reorganisation."),
		wsDropped:   c("ws_dropped_total", "WebSocket clients disconnected for being too slow."),
		lowBalance: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "relayer", Name: "key_low_balance",
			Help: "1 while a hot key is short of balance and skipped."}, []string{"key"}),
		accepted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "relayer", Name: "accepted_total",
			Help: "Requests accepted, by kind (relay, credit)."}, []string{"kind"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "relayer", Name: "refused_total",
			Help: "Requests refused, by kind and HTTP status."}, []string{"kind", "status"}),
		wsClients: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "relayer", Name: "ws_clients", Help: "Connected WebSocket clients."}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "relayer", Name: "request_latency_seconds",
			Help: "From acceptance to confirmation, by kind.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 10)}, []string{"kind"}),
		httpDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "relayer", Name: "http_request_duration_seconds",
			Help: "HTTP handling time, by route.", Buckets: prometheus.DefBuckets}, []string{"route"}),
	}
	// The event feed's health: a feed that cannot read the node shows here (and in one
	// log line per change), not in a warning every poll.
	m.feedReadErrors = c("feed_read_errors_total", "Failed reads of the chain head or events for the event feed (each retried with back-off).")
	m.feedDecodeErrors = c("feed_decode_errors_total", "Events a plug-in says can never be decoded (plugin.ErrUndecodable): the feed stops on one, a replay closes its client (one that failed for now: relayer_feed_plugin_errors_total).")
	m.feedPluginErrors = c("feed_plugin_errors_total", "Decodings by a plug-in that failed for now (no plugin.ErrUndecodable), the node answering the feed's reads: retried with back-off as a failed read; the log line names the plug-in, event and error.")
	m.feedBehind = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "relayer", Name: "feed_behind_blocks",
		Help: "Confirmed blocks whose events the feed has not yet sent, as of the last head read; -1 while the head cannot be read (alert on < 0 as on too many)."})
	m.feedStalled = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "relayer", Name: "feed_stalled",
		Help: "1 while the event feed's reads have failed for ws.stall_after: clients told, new ones refused."})
	m.feedStopped = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "relayer", Name: "feed_stopped",
		Help: "1 once the event feed stopped on an event it cannot decode (the log names it): fix the plug-in or its node, restart the relayer. The alert: /readyz says it without failing."})
	reg.MustRegister(m.lowBalance, m.accepted, m.refused, m.wsClients, m.latency, m.httpDuration, m.feedBehind, m.feedStalled, m.feedStopped)
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "relayer", Name: "queue_depth",
		Help: "Jobs accepted and not yet confirmed or failed."}, queueDepth))
	return m
}

func (m *metrics) txmgr() txmgr.Metrics {
	return txmgr.Metrics{
		Sent: m.sent.Inc, Mined: m.mined.Inc, Confirmed: m.confirmed.Inc, Failed: m.failed.Inc,
		Resubmitted: m.resubmitted.Inc, Reorged: m.reorg.Inc,
		LowBalance: func(key common.Address, low bool) {
			v := 0.0
			if low {
				v = 1
			}
			m.lowBalance.WithLabelValues(key.Hex()).Set(v)
		},
	}
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// pluginMetrics is what plug-ins add to: the relayer's series, labelled by their kind.
type pluginMetrics struct{ m *metrics }

func (p pluginMetrics) Accepted(kind string, n int) {
	p.m.accepted.WithLabelValues(kind).Add(float64(n))
}
func (p pluginMetrics) Refused(kind string, status int) {
	p.m.refused.WithLabelValues(kind, fmt.Sprint(status)).Inc()
}
func (p pluginMetrics) Latency(kind string, d time.Duration) {
	p.m.latency.WithLabelValues(kind).Observe(d.Seconds())
}
func (p pluginMetrics) Register(c prometheus.Collector) error { return p.m.reg.Register(c) }
