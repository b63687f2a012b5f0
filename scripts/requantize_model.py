"""Build a second, smaller GGUF from the default model, to try the « any model » path offline.

    python scripts/requantize_model.py SOURCE.gguf DEST.gguf [--type q3_k_s|q4_0|q2_k]

Uses llama.cpp's own quantizer through llama-cpp-python (``llama_model_quantize``, re-quantising
an already quantised file: quality drops a little, which is what a calibration should notice). No
network, no other tool. The result keeps the chat template of the source file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

TYPES = {"q4_0": 2, "q2_k": 10, "q3_k_s": 11, "q3_k_m": 12}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("dest")
    parser.add_argument("--type", default="q3_k_s", choices=sorted(TYPES))
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = TYPES[args.type]
    params.nthread = args.threads
    params.allow_requantize = True
    started = time.monotonic()
    code = llama_cpp.llama_model_quantize(args.source.encode(), args.dest.encode(), params)
    if code != 0:
        print(f"échec de la quantification (code {code})", file=sys.stderr)
        return 1
    size = Path(args.dest).stat().st_size
    print(f"{args.dest} : {size / 1e6:.0f} Mo en {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
