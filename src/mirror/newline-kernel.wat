(module
  (memory (export "memory") 1 65536)
  ;; count(ptr, len): number of 0x0A bytes in memory[ptr, ptr+len)
  (func (export "count") (param $ptr i32) (param $len i32) (result i32)
    (local $end i32) (local $vecEnd i32) (local $total i32) (local $acc v128) (local $n i32) (local $nl v128)
    (local.set $nl (i8x16.splat (i32.const 10)))
    (local.set $end (i32.add (local.get $ptr) (local.get $len)))
    (local.set $vecEnd (i32.add (local.get $ptr) (i32.and (local.get $len) (i32.const -16))))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $vecEnd)))
        (local.set $acc (v128.const i64x2 0 0))
        (local.set $n (i32.const 0))
        (block $flush
          (loop $inner
            (br_if $flush (i32.ge_u (local.get $ptr) (local.get $vecEnd)))
            (br_if $flush (i32.eq (local.get $n) (i32.const 255)))
            (local.set $acc (i8x16.sub (local.get $acc) (i8x16.eq (v128.load (local.get $ptr)) (local.get $nl))))
            (local.set $ptr (i32.add (local.get $ptr) (i32.const 16)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (br $inner)))
        (local.set $acc (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (local.get $acc))))
        (local.set $total (i32.add (local.get $total)
          (i32.add (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                   (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc))))))
        (br $outer)))
    (block $tailDone
      (loop $tail
        (br_if $tailDone (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $total (i32.add (local.get $total) (i32.eq (i32.load8_u (local.get $ptr)) (i32.const 10))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 1)))
        (br $tail)))
    (local.get $total)))
