# kb: env tf
# kb: output training-args-renamed/table-4x.txt
# Same rows on transformers 4.57.6: names removed in 5.x are still accepted there, names removed in
# 4.x already fail.
import warnings

import transformers
from transformers import TrainingArguments

previous_verbosity = transformers.logging.get_verbosity()
transformers.logging.set_verbosity_error()

ROWS = [  # (old arguments, replacement arguments, first release without the old name)
    ({"evaluation_strategy": "steps"}, {"eval_strategy": "steps"}, "4.51.0"),
    ({"xpu_backend": "ccl"}, {"ddp_backend": "ccl"}, "4.32.0"),  # needs a distributed launch: field checked only
    ({"sharded_ddp": "simple"}, {"fsdp": ""}, "4.35.0"),
    ({"dispatch_batches": False}, {"accelerator_config": {"dispatch_batches": False}}, "4.51.0"),
    ({"split_batches": True}, {"accelerator_config": {"split_batches": True}}, "4.51.0"),
    ({"tp_size": 2}, {}, "4.52.0"),
    ({"use_ipex": True}, {}, "4.57.0"),
    ({"no_cuda": True}, {"use_cpu": True}, "5.0.0"),
    ({"per_gpu_train_batch_size": 8}, {"per_device_train_batch_size": 8}, "5.0.0"),
    ({"per_gpu_eval_batch_size": 8}, {"per_device_eval_batch_size": 8}, "5.0.0"),
    ({"overwrite_output_dir": True}, {}, "5.0.0"),
    ({"adafactor": True}, {"optim": "adafactor"}, "5.0.0"),
    ({"torchdynamo": "inductor"}, {"torch_compile_backend": "inductor"}, "5.0.0"),
    ({"tpu_metrics_debug": True}, {"debug": "tpu_metrics_debug"}, "5.0.0"),
    ({"push_to_hub_token": "hf_x"}, {"hub_token": "hf_x"}, "5.0.0"),
    ({"push_to_hub_model_id": "name", "push_to_hub_organization": "org"}, {"hub_model_id": "org/name"}, "5.0.0"),
    ({"include_inputs_for_metrics": True}, {"include_for_metrics": ["inputs"]}, "5.0.0"),
    ({"include_tokens_per_second": True}, {"include_num_input_tokens_seen": True}, "5.0.0"),
    ({"fsdp_min_num_params": 1000}, {"fsdp_config": {"min_num_params": 1000}}, "5.0.0"),
    ({"fsdp_transformer_layer_cls_to_wrap": "BertLayer"}, {"fsdp_config": {"transformer_layer_cls_to_wrap": ["BertLayer"]}}, "5.0.0"),
    ({"fp16_backend": "auto"}, {}, "5.0.0"),
    ({"half_precision_backend": "auto"}, {}, "5.0.0"),
    ({"fp16_opt_level": "O1"}, {}, "5.0.0"),
    ({"use_mps_device": True}, {}, "5.0.0"),
    ({"save_safetensors": True}, {}, "5.0.0"),
    ({"jit_mode_eval": True}, {}, "5.0.0"),
    ({"use_legacy_prediction_loop": True}, {}, "5.0.0"),
    ({"past_index": 1}, {}, "5.0.0"),
    ({"tpu_num_cores": 8}, {}, "5.0.0"),
    ({"ray_scope": "last"}, {}, "5.0.0"),
    ({"mp_parameters": ""}, {}, "5.0.0"),
    ({"group_by_length": True}, {"train_sampling_strategy": "group_by_length"}, "5.2.0"),
    ({"warmup_ratio": 0.1}, {"warmup_steps": 0.1}, "5.15.0"),
    ({"logging_dir": "runs"}, {}, "5.15.0"),
]

warnings.simplefilter("ignore")
for old, new, removed_in in ROWS:
    name = ", ".join(old)
    try:
        TrainingArguments(output_dir="out", report_to="none", **old)
        assert removed_in.startswith("5."), name
        print(f"{name}: accepted (removed in {removed_in})")
    except TypeError as e:
        assert "unexpected keyword argument" in str(e) and removed_in.startswith("4."), e
        print(f"{name}: TypeError (removed in {removed_in})")

transformers.logging.set_verbosity(previous_verbosity)  # leave the library as other examples expect it
