	.section .init,"ax",@progbits
	add $12, %esp
	ret
	.section .fini,"ax",@progbits
	add $12, %esp
	ret
	.section .note.GNU-stack,"",@progbits
