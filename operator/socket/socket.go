// Package socket is the format of the socket string an operator publishes on L1 when it
// registers with the AVS. It carries what other operators need to build the network without
// hand-written configuration: the CometBFT node ID (p2p identity), the consensus public key
// (ed25519), the p2p address, and the URL of the operator's JSON-RPC API.
//
//	lockstep1;node=<40 hex>;cons=<64 hex ed25519 key>;p2p=<host:port>;rpc=<http(s) URL>
//
// Fields are in that order; rpc may be empty. Parsing is strict: a socket that does not parse
// exactly is not a Lockstep operator's.
package socket

import (
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Version is the format's prefix.
const Version = "lockstep1"

// MaxLen bounds a socket string.
const MaxLen = 512

// ErrInvalid is wrapped by every parse error.
var ErrInvalid = errors.New("invalid operator socket")

// Socket is a parsed socket string.
type Socket struct {
	NodeID  string // CometBFT node ID: hex of 20 bytes
	ConsKey []byte // ed25519 public key, 32 bytes
	P2PAddr string // host:port
	RPCURL  string // may be empty
}

// String encodes s.
func (s Socket) String() string {
	return fmt.Sprintf("%s;node=%s;cons=%s;p2p=%s;rpc=%s", Version, s.NodeID, hex.EncodeToString(s.ConsKey), s.P2PAddr, s.RPCURL)
}

// Check validates the fields.
func (s Socket) Check() error {
	if b, err := hex.DecodeString(s.NodeID); err != nil || len(b) != 20 || strings.ToLower(s.NodeID) != s.NodeID {
		return fmt.Errorf("%w: node ID %q is not 40 lowercase hex digits", ErrInvalid, s.NodeID)
	}
	if len(s.ConsKey) != 32 {
		return fmt.Errorf("%w: consensus key is %d bytes, want 32 (ed25519)", ErrInvalid, len(s.ConsKey))
	}
	host, port, err := net.SplitHostPort(s.P2PAddr)
	if err != nil || host == "" || strings.ContainsAny(host, ";=@ ") {
		return fmt.Errorf("%w: p2p address %q is not host:port", ErrInvalid, s.P2PAddr)
	}
	if p, err := strconv.ParseUint(port, 10, 16); err != nil || p == 0 {
		return fmt.Errorf("%w: p2p port %q", ErrInvalid, port)
	}
	if s.RPCURL != "" {
		u, err := url.Parse(s.RPCURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s.RPCURL, "; ") {
			return fmt.Errorf("%w: rpc URL %q is not an http(s) URL", ErrInvalid, s.RPCURL)
		}
	}
	return nil
}

// Parse decodes a socket string.
func Parse(str string) (Socket, error) {
	if len(str) > MaxLen {
		return Socket{}, fmt.Errorf("%w: %d bytes, at most %d", ErrInvalid, len(str), MaxLen)
	}
	fields := strings.Split(str, ";")
	if len(fields) != 5 || fields[0] != Version {
		return Socket{}, fmt.Errorf("%w: want %s;node=…;cons=…;p2p=…;rpc=…", ErrInvalid, Version)
	}
	vals := make([]string, 4)
	for i, name := range []string{"node", "cons", "p2p", "rpc"} {
		v, ok := strings.CutPrefix(fields[i+1], name+"=")
		if !ok {
			return Socket{}, fmt.Errorf("%w: field %d is not %s=", ErrInvalid, i+1, name)
		}
		vals[i] = v
	}
	key, err := hex.DecodeString(vals[1])
	if err != nil || strings.ToLower(vals[1]) != vals[1] {
		return Socket{}, fmt.Errorf("%w: consensus key is not lowercase hex", ErrInvalid)
	}
	s := Socket{NodeID: vals[0], ConsKey: key, P2PAddr: vals[2], RPCURL: vals[3]}
	if err := s.Check(); err != nil {
		return Socket{}, err
	}
	return s, nil
}

// PeerAddress is the node's CometBFT peer address, id@host:port.
func (s Socket) PeerAddress() string { return s.NodeID + "@" + s.P2PAddr }
