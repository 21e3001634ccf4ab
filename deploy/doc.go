// Package deploy holds the operator kit: systemd units (systemd/), the Prometheus scrape config
// and alerts (prometheus/), the Grafana dashboard (grafana/) and the container image
// (docker/). Its tests check that every metric the dashboard and the alerts name is one the
// operator node and the aggregator export, so a renamed metric cannot silently blank a panel or
// mute an alert.
package deploy
