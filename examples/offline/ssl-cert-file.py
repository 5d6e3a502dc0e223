# kb: output offline/ssl-cert-file.txt
# Hidden: the fake Hub on 127.0.0.1 (kb/testing/fakehub.py) serves HTTPS with a certificate signed by a
# private root CA, the way a TLS-inspecting corporate proxy answers for huggingface.co. The shown
# code runs in a fresh interpreter pointed at it (HF_ENDPOINT), with an empty cache. SSL_CERT_FILE names the private CA's certificate,
# as it would name the corporate root certificate.
# The client retries a failed connection five times with pauses of 1 to 8 s; the pauses are
# skipped here (time.sleep) so that the example stays fast. Nothing else is changed.
import os
import sys

if os.environ.get("KB_FRESH_INTERPRETER") != "1":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    from kb.testing.fakehub import Repo, run_script, tiny_model_files

    status = run_script(__file__, {"google-bert/bert-base-uncased": Repo(files=tiny_model_files("bert"))},
                        tls=True, ca_env=("SSL_CERT_FILE",))
    assert status == 0, "unexpected exit status of the shown code"
    sys.exit(0)

import time

time.sleep = lambda seconds: None

# --8<-- [start:show]
import os

print(os.environ["SSL_CERT_FILE"])  # the corporate root CA certificate (PEM)

from transformers import AutoModel

model = AutoModel.from_pretrained("google-bert/bert-base-uncased")
print(type(model).__name__)
# --8<-- [end:show]
