package node

import (
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"defaults", func(*Config) {}, ""},
		{"no home", func(c *Config) { c.Home = "" }, "Home is empty"},
		{"bad p2p address", func(c *Config) { c.P2PListen = "26656" }, "P2PListen"},
		{"bad external address", func(c *Config) { c.P2PExternal = "host" }, "P2PExternal"},
		{"zero gossip sleep", func(c *Config) { c.Consensus.PeerGossipSleep = 0 }, "consensus timings"},
		{"empty mempool", func(c *Config) { c.Mempool.Size = 0 }, "mempool size"},
		{"tx limit above the format's", func(c *Config) { c.App.MaxTxBytes = 1 << 30 }, "MaxTxBytes"},
		{"no API address", func(c *Config) { c.API.Addr = "" }, "Addr is empty"},
		{"rate without burst", func(c *Config) { c.API.Burst = 0 }, "burst must be positive"},
		{"L1 without contracts", func(c *Config) { c.L1RPC = "http://l1" }, "L1RPC is set"},
		{"negative sync interval", func(c *Config) { c.ValidatorSync = -1 }, "ValidatorSync"},
		{"backoff upside down", func(c *Config) { c.Signing.BLSKeystore = "k"; c.Signing.MaxBackoff = 1 }, "signing backoff"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig("/tmp/home")
			tc.edit(&c)
			err := c.Check()
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("Check() = %v, want %q", err, tc.want)
			}
		})
	}
}
