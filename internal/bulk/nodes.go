package bulk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/internal/rpcurl"
)

// probeTimeout bounds the question that tells whether a further node answers: an HTTP
// node is dialled without a word exchanged, so a node that is down would otherwise only
// show in debug lines, batch after batch.
const probeTimeout = 3 * time.Second

// Nodes are the further nodes a run hands its batches to (Config.AlsoTo) and those that
// did not answer.
type Nodes struct {
	Also []ethereum.TransactionSender
	// Down are the URLs of the nodes left out: they could not be dialled or did not answer.
	Down    []string
	clients []*rpc.Client
}

// DialNodes opens the nodes at urls other than skip (the one the sender uses), each once
// however its URL is written (rpcurl.Distinct), for Config.AlsoTo, and asks each its chain ID: one that cannot be dialled or does not answer
// is left out, with a warning naming its URL (the first node has every transaction, so
// the run goes on; its batches reach the node left out only over peer-to-peer).
func DialNodes(ctx context.Context, urls []string, skip string, log *slog.Logger) *Nodes {
	if log == nil {
		log = slog.Default()
	}
	todo := rpcurl.Distinct(urls, skip, nil)
	clients := make([]*rpc.Client, len(todo))
	errs := make([]error, len(todo))
	var wg sync.WaitGroup
	for i, u := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(ctx, probeTimeout)
			defer cancel()
			c, err := rpc.DialContext(ctx, u)
			if err == nil {
				var id string
				if err = c.CallContext(ctx, &id, "eth_chainId"); err != nil {
					c.Close()
				}
			}
			clients[i], errs[i] = c, err
		}()
	}
	wg.Wait()
	n := &Nodes{}
	for i, u := range todo {
		if errs[i] != nil {
			// Scheme and host only, in the URL and the error: a node's URL may carry a
			// password, an API key in its path or a token in its query.
			log.Warn("A node does not answer; batches go to the others", "node", redact(u), "err", redactErr(errs[i], u))
			n.Down = append(n.Down, redact(u))
			continue
		}
		n.clients = append(n.clients, clients[i])
		n.Also = append(n.Also, ethclient.NewClient(clients[i]))
	}
	return n
}

// redact leaves a node's URL its scheme and host (scheme://host:port): what names the
// node to its operator. User information (user:password@), the path (/v3/KEY) and the
// query (?token=) are dropped: providers put keys there.
func redact(u string) string {
	p, err := url.Parse(u)
	switch {
	case err == nil && p.Scheme == "" && p.Host == "":
		return u // an IPC socket's path: it has no place for a secret
	case err != nil || p.Host == "":
		return "(a node URL that does not parse)" // it is not printed whole: it may hold a key
	}
	return p.Scheme + "://" + p.Host
}

// redactErr is err's message without the URL it may repeat (a *url.Error from the HTTP
// client does: `Post "http://…/v3/KEY": dial tcp …`): the inner error, and any copy of
// u left in it replaced by its redacted form.
func redactErr(err error, u string) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	msg := err.Error()
	if u != "" {
		msg = strings.ReplaceAll(msg, u, redact(u))
	}
	return errors.New(msg)
}

// Close closes the nodes opened.
func (n *Nodes) Close() {
	for _, c := range n.clients {
		c.Close()
	}
}

// Count is how many of the chain's nodes the batches go to: the sender's and the further
// ones that answered, of all the nodes named.
func (n *Nodes) Count() *NodeCount {
	return &NodeCount{To: 1 + len(n.Also), Of: 1 + len(n.Also) + len(n.Down)}
}

// NodeCount is how many of the chain's nodes a run's batches went to (Result.Nodes).
type NodeCount struct {
	To int `json:"to"`
	Of int `json:"of"`
}

// String is "3 of 4 nodes (1 did not answer)".
func (c *NodeCount) String() string {
	s := fmt.Sprintf("%d of %d nodes", c.To, c.Of)
	if c.Of == 1 {
		s = "1 of 1 node"
	}
	if down := c.Of - c.To; down > 0 {
		s += fmt.Sprintf(" (%d did not answer)", down)
	}
	return s
}
