#!/usr/bin/env bash
# A real single-node Slurm for the tests (SlurmShardsIT): installs Debian's Slurm and munge,
# writes a one-node configuration for this machine's hostname and core count, and starts or
# stops the daemons without systemd and without an accounting database (so no sacct: the tests
# use squeue, scontrol and the jobcomp/filetxt log).
#
#   bash .ci/slurm-local.sh start    # install if needed, configure, start munged, slurmctld, slurmd
#   bash .ci/slurm-local.sh stop     # stop the daemons this script started
#   bash .ci/slurm-local.sh status   # sinfo
#
# Needs root (apt-get, /etc/slurm, /etc/munge). State lives in /var/lib/slurm-local and logs in
# /var/log/slurm-local (jobcomp.log lists every finished job).
set -euo pipefail

state=/var/lib/slurm-local
logs=/var/log/slurm-local
run=/run/slurm-local
conf=/etc/slurm/slurm.conf

need_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "slurm-local: run as root (it installs packages and writes /etc/slurm)" >&2
    exit 2
  fi
}

install() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null \
      && command -v munged >/dev/null; then
    return
  fi
  echo "slurm-local: installing slurm-wlm and munge (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
}

configure() {
  local host cpus mem
  host=$(hostname -s)
  cpus=$(nproc)
  mem=$(awk '/MemTotal/ {print int($2 / 1024 * 0.9)}' /proc/meminfo)
  mkdir -p "$state/ctld" "$state/d" "$logs" "$run" /etc/slurm
  cat > "$conf" <<CONF
# Written by .ci/slurm-local.sh: one node, no accounting database.
ClusterName=local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$logs/jobcomp.log
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$run/slurmctld.pid
SlurmdPidFile=$run/slurmd.pid
SlurmctldLogFile=$logs/slurmctld.log
SlurmdLogFile=$logs/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
MinJobAge=600
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
}

start_munge() {
  mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge 2>/dev/null || true
  chmod 0700 /etc/munge
  chmod 0400 /etc/munge/munge.key
  if ! pgrep -x munged >/dev/null; then
    if id munge >/dev/null 2>&1; then
      runuser -u munge -- /usr/sbin/munged
    else
      /usr/sbin/munged --force
    fi
  fi
}

start() {
  need_root
  install
  configure
  start_munge
  [ -f "$run/slurmctld.pid" ] && kill -0 "$(cat "$run/slurmctld.pid")" 2>/dev/null || slurmctld -i
  [ -f "$run/slurmd.pid" ] && kill -0 "$(cat "$run/slurmd.pid")" 2>/dev/null || slurmd
  for _ in $(seq 1 60); do
    if sinfo -h -o '%t' 2>/dev/null | grep -Eq '^(idle|mix|alloc)'; then
      echo "slurm-local: up: $(sinfo -h -o '%P %D node(s) %c cpus %t')"
      return
    fi
    sleep 1
  done
  echo "slurm-local: the node did not become idle; see $logs/slurmctld.log and $logs/slurmd.log" >&2
  sinfo >&2 || true
  exit 1
}

stop_pid() {
  local f=$1
  if [ -f "$f" ]; then
    local pid
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -f "$f"
  fi
}

stop() {
  need_root
  stop_pid "$run/slurmd.pid"
  stop_pid "$run/slurmctld.pid"
  if [ -f /run/munge/munged.pid ]; then
    stop_pid /run/munge/munged.pid
  fi
  echo "slurm-local: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) sinfo ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
