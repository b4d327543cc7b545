// Package relayclient is the client side of the relayer's citizen API (package relayer):
// read the forwarder's EIP-712 domain, the signer's next nonce and the allow-list, post a
// signed ForwardRequest, and follow it until it is confirmed or has failed. The CLI sends
// citizens' actions through it, so that a key without gas can act.
package relayclient

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/forwarder"
)

// Final statuses of a relayed request.
const (
	StatusConfirmed = "confirmed"
	StatusFailed    = "failed"
)

// DefaultValidity is how long a signed request stays valid: long enough for a batch and
// its confirmations, short enough that a lost request cannot be relayed much later.
const DefaultValidity = 10 * time.Minute

// ErrUnreachable wraps every failure to talk to the relayer at all.
var ErrUnreachable = errors.New("relayer does not answer")

// APIError is the relayer's refusal: its HTTP status and its message, which names the
// problem and the fix; Reason is the refusal's stable name where the route gives one
// ("nonce-used").
type APIError struct {
	Status  int
	Message string
	Reason  string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("relayer refused (HTTP %d): %s", e.Status, e.Message)
}

// Client talks to one relayer.
type Client struct {
	base string
	http *http.Client
	poll time.Duration
}

// New returns a client for the relayer at base (http://host:port).
func New(base string) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("relayer URL %q: want http://HOST:PORT", base)
	}
	return &Client{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 15 * time.Second}, poll: 250 * time.Millisecond}, nil
}

// URL is the relayer's base URL.
func (c *Client) URL() string { return c.base }

// Allowed is one contract of the allow-list and the functions it relays.
type Allowed struct {
	Contract  string         `json:"contract"`
	Address   common.Address `json:"address"`
	Functions []string       `json:"functions"`
}

// Forwarder is what signing a request needs: the domain, the signer's next nonce, the
// gas the relayer pays at most, and what it relays.
type Forwarder struct {
	Domain forwarder.Domain
	Nonce  *big.Int
	MaxGas uint64
	Allow  []Allowed
}

// Allows reports whether the relayer relays function fn of the contract at to.
func (f *Forwarder) Allows(to common.Address, fn string) bool {
	for _, a := range f.Allow {
		if a.Address == to {
			for _, n := range a.Functions {
				if n == fn {
					return true
				}
			}
		}
	}
	return false
}

// Forwarder reads GET /v1/forwarder?signer=.
func (c *Client) Forwarder(ctx context.Context, signer common.Address) (*Forwarder, error) {
	var out struct {
		Domain struct {
			ChainID           *big.Int       `json:"chainId"`
			VerifyingContract common.Address `json:"verifyingContract"`
		} `json:"domain"`
		MaxGas uint64    `json:"maxGas"`
		Allow  []Allowed `json:"allow"`
		Nonce  string    `json:"nonce"`
	}
	if err := c.do(ctx, http.MethodGet, "/v1/forwarder?signer="+signer.Hex(), nil, &out); err != nil {
		return nil, err
	}
	nonce, ok := new(big.Int).SetString(out.Nonce, 10)
	if !ok || out.Domain.ChainID == nil {
		return nil, fmt.Errorf("relayer %s: GET /v1/forwarder answered without a chain ID or nonce", c.base)
	}
	return &Forwarder{Domain: forwarder.Domain{ChainID: out.Domain.ChainID, Forwarder: out.Domain.VerifyingContract},
		Nonce: nonce, MaxGas: out.MaxGas, Allow: out.Allow}, nil
}

// Sign makes the request the relayer will forward: from key to to, with the signer's next
// nonce and a deadline validity from now.
func (f *Forwarder) Sign(key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64, validity time.Duration) (forwarder.Request, []byte, error) {
	if f.MaxGas != 0 && gas > f.MaxGas {
		return forwarder.Request{}, nil, fmt.Errorf("the call needs %d gas, more than the %d the relayer pays for one request", gas, f.MaxGas)
	}
	req := forwarder.Request{
		From: crypto.PubkeyToAddress(key.PublicKey), To: to, Value: new(big.Int), Gas: new(big.Int).SetUint64(gas),
		Nonce: f.Nonce, Deadline: uint64(time.Now().Add(validity).Unix()), Data: data,
	}
	sig, err := f.Domain.Sign(req, key)
	return req, sig, err
}

// Relay posts a signed request (POST /v1/relay) and returns its ID.
func (c *Client) Relay(ctx context.Context, req forwarder.Request, sig []byte) (common.Hash, error) {
	body := map[string]any{
		"request": map[string]any{
			"from": req.From, "to": req.To, "value": req.Value.String(), "gas": req.Gas.String(),
			"nonce": req.Nonce.String(), "deadline": fmt.Sprint(req.Deadline), "data": hexutil.Bytes(req.Data),
		},
		"signature": hexutil.Bytes(sig),
	}
	var out struct {
		ID common.Hash `json:"id"`
	}
	if err := c.do(ctx, http.MethodPost, "/v1/relay", body, &out); err != nil {
		return common.Hash{}, err
	}
	return out.ID, nil
}

// Status is a relayed request's state (GET /v1/relay/{id}).
type Status struct {
	ID     common.Hash `json:"id"`
	Status string      `json:"status"`
	Reason string      `json:"reason,omitempty"`
	TxHash common.Hash `json:"txHash,omitempty"`
	Block  uint64      `json:"block,omitempty"`
}

// Final reports whether the request will not change any more.
func (s *Status) Final() bool { return s.Status == StatusConfirmed || s.Status == StatusFailed }

// Status reads GET /v1/relay/{id}.
func (c *Client) Status(ctx context.Context, id common.Hash) (*Status, error) {
	var out Status
	if err := c.do(ctx, http.MethodGet, "/v1/relay/"+id.Hex(), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Wait follows the request until it is confirmed or has failed; progress, if not nil, is
// called on each change of status.
func (c *Client) Wait(ctx context.Context, id common.Hash, progress func(*Status)) (*Status, error) {
	last := ""
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("follow relayed request %s (it may still be relayed; GET %s/v1/relay/%s): %w", id.Hex(), c.base, id.Hex(), err)
		}
		if st.Status != last && progress != nil {
			progress(st)
		}
		last = st.Status
		if st.Final() {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, fmt.Errorf("follow relayed request %s (status %s; it may still be relayed): %w", id.Hex(), st.Status, ctx.Err())
		case <-time.After(c.poll):
		}
	}
}

// Do calls one of the relayer's routes (a service's own, /v1/<service>/...) with in as the
// JSON body (nil: none) and decodes the answer into out; a refusal is an *APIError.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	return c.do(ctx, method, path, in, out)
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrUnreachable, method, c.base+path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("%w: read the answer to %s %s: %v", ErrUnreachable, method, path, err)
	}
	if resp.StatusCode >= 300 {
		var e struct {
			Error  string `json:"error"`
			Reason string `json:"reason"`
		}
		if json.Unmarshal(data, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(data))
		}
		return &APIError{Status: resp.StatusCode, Message: e.Error, Reason: e.Reason}
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("relayer %s: %s %s: unexpected answer: %w", c.base, method, path, err)
	}
	return nil
}
