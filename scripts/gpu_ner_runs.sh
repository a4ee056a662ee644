#!/usr/bin/env bash
# Train several NER models at once on a lent GPU machine (issue 3), from data prepared here.
#
# The GPU machine has torch but not jieba, and pydantic / python-crfsuite / opencc only as
# carried wheels, so the segmented, encoded data is made on the development machine first:
#   .venv/bin/python -m pipeline.train_ner_bilstm --data ../shared/data --save-prepared .gpu_ner
#   (wheels of pydantic, pydantic-core, annotated-types, typing-inspection, python-crfsuite,
#    opencc for cp312 in .whl/; both folders in .git/info/exclude).  The upload is capped at
#    64 MiB and the tracked tree (three models) takes about 46 MiB: the prepared data is
#    written compact (about 9.3 MiB, train_ner_bilstm.compact_arrays) and the wheels take
#    about 6 MiB, so check `du -cb .gpu_ner .whl` plus the tracked files before calling.
# then, through the device tool, with .gpu_ner and .whl carried:
#   bash scripts/gpu_ner_runs.sh MINUTES NAME:ARGS... (one training process per NAME, in parallel)
# Each run is the ordinary `python -m pipeline.train_ner_bilstm --prepared .gpu_ner --device cuda`
# with its ARGS (commas stand for spaces); the best epoch's weights come back as $OUT/NAME.pt
# (or not at all with NAME ending in '-noweights', for models too large to bring back), and
# every run's log, metrics and vocab in $OUT/runs.tar.gz.
set -u
minutes=$1
shift
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
mkdir -p /tmp/runs
for spec in "$@"; do
  name=${spec%%:*}
  args=${spec#*:}
  # shellcheck disable=SC2086
  # Room for the epoch begun just before the cap (30-45 s on an H100) and the data loading.
  timeout "$(awk "BEGIN {print int($minutes * 60 + 75)}")" python3 -m pipeline.train_ner_bilstm --prepared .gpu_ner --device cuda \
    --minutes "$minutes" --out "/tmp/runs/$name" ${args//,/ } >"/tmp/runs/$name.log" 2>&1 &
done
wait
for spec in "$@"; do
  name=${spec%%:*}
  tail -n 3 "/tmp/runs/$name.log"
  case $name in *-noweights) rm -f "/tmp/runs/$name/bilstm.pt" ;; esac
  [ -f "/tmp/runs/$name/bilstm.pt" ] && mv "/tmp/runs/$name/bilstm.pt" "$OUT/$name.pt"
done
tar -czf "$OUT/runs.tar.gz" -C /tmp runs
ls -la "$OUT"
