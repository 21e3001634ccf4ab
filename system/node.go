package system

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// Node is one operator node process.
type Node struct {
	service
	Index   int
	Home    string
	P2PAddr string
	APIAddr string
	// Socket is what `operator init` printed and L1 holds for the operator.
	Socket   string
	Keystore string
	// ECDSAKeystore is the operator's L1 account as an encrypted keystore (keys/op<i>.ecdsa.json,
	// password in keys/password), for the operator commands that send its transactions
	// (update-socket, deregister).
	ECDSAKeystore string
	// Operator is the node's operator: its keys and registration.
	Operator *deployment.Operator

	conf   NodeConfig
	client *operatorapi.Client
	// l1RPC and aggURL are the node's links to L1 and the aggregator through Config.Net, empty
	// without it.
	l1RPC, aggURL string
}

// APIURL is the node's JSON-RPC URL.
func (n *Node) APIURL() string { return "http://" + n.APIAddr }

// WSURL is the node's WebSocket URL.
func (n *Node) WSURL() string { return "ws://" + n.APIAddr }

// GenesisPath is the node's genesis file.
func (n *Node) GenesisPath() string { return filepath.Join(n.Home, "config", "genesis.json") }

// Client is the node's API client, dialled on first use and closed by Kill and Stop.
func (n *Node) Client(ctx context.Context) (*operatorapi.Client, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client == nil {
		c, err := operatorapi.Dial(ctx, n.APIURL())
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", n.name, err)
		}
		n.client = c
	}
	return n.client, nil
}

// Status is the node's status.
func (n *Node) Status(ctx context.Context) (*operatorapi.Status, error) {
	c, err := n.Client(ctx)
	if err != nil {
		return nil, err
	}
	return c.Status(ctx)
}

func (n *Node) closeClient() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client != nil {
		n.client.Close()
		n.client = nil
	}
}

// Kill sends sig to the node and waits for it to exit (killing it after the stop timeout).
func (n *Node) Kill(sig syscall.Signal) error {
	n.closeClient()
	return n.kill(sig)
}

// Start starts the node again after a Kill, with its options unchanged.
func (n *Node) Start() error { return n.start() }

// Restart stops the node (SIGTERM), lets change edit its options (nil keeps them: add
// Args, switch to the faults build), and starts it again. Its log continues.
func (n *Node) Restart(change func(*NodeConfig)) error {
	if err := n.Kill(syscall.SIGTERM); err != nil {
		return err
	}
	n.mu.Lock()
	nc := n.conf
	n.mu.Unlock()
	nc.Args = append([]string(nil), nc.Args...)
	if change != nil {
		change(&nc)
	}
	if err := n.sys.cfg.checkNode(nc); err != nil {
		return fmt.Errorf("restart %s: %w", n.name, err)
	}
	n.sys.configure(n, nc)
	return n.start()
}

// Aggregator is the aggregator process.
type Aggregator struct {
	service
	URL     string
	DataDir string

	client *aggregatorapi.Client
}

// Client is the aggregator's API client, dialled on first use.
func (a *Aggregator) Client(ctx context.Context) (*aggregatorapi.Client, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.client == nil {
		c, err := aggregatorapi.Dial(ctx, a.URL)
		if err != nil {
			return nil, fmt.Errorf("dial the aggregator: %w", err)
		}
		a.client = c
	}
	return a.client, nil
}

func (a *Aggregator) closeClient() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.client != nil {
		a.client.Close()
		a.client = nil
	}
}

// Kill sends sig to the aggregator and waits for it to exit.
func (a *Aggregator) Kill(sig syscall.Signal) error {
	a.closeClient()
	return a.kill(sig)
}

// Start starts the aggregator again after a Kill.
func (a *Aggregator) Start() error { return a.start() }

// Restart stops the aggregator (SIGTERM) and starts it again on the same data.
func (a *Aggregator) Restart() error {
	if err := a.Kill(syscall.SIGTERM); err != nil {
		return err
	}
	return a.start()
}
